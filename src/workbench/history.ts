import { applyEdit, invertEdit, type Edit } from './edits.js';
import type { Session } from './session.js';

/** Undo and redo stacks: the edits done (last one last) and the edits undone. */
export interface History {
  done: readonly Edit[];
  undone: readonly Edit[];
}

/** Most edits kept for undo; older ones are forgotten (each holds only the beads it touched). */
export const HISTORY_LIMIT = 1000;

/** An empty history. */
export const EMPTY_HISTORY: History = Object.freeze({ done: [], undone: [] });

/** A step of the history: the session after it, the history, and the edit applied (for the re-check). */
export interface Step {
  session: Session;
  history: History;
  edit: Edit;
}

/** Applies a new edit and records it; a new edit clears what could be redone. */
export function perform(session: Session, history: History, edit: Edit): Step {
  return { session: applyEdit(session, edit), history: { done: [...history.done, edit].slice(-HISTORY_LIMIT), undone: [] }, edit };
}

/** Undoes the last edit, or returns `undefined` when there is none. */
export function undo(session: Session, history: History): Step | undefined {
  const last = history.done[history.done.length - 1];
  if (last === undefined) return undefined;
  const inverse = invertEdit(last);
  return { session: applyEdit(session, inverse), history: { done: history.done.slice(0, -1), undone: [...history.undone, last] }, edit: inverse };
}

/** Redoes the last undone edit, or returns `undefined` when there is none. */
export function redo(session: Session, history: History): Step | undefined {
  const last = history.undone[history.undone.length - 1];
  if (last === undefined) return undefined;
  return { session: applyEdit(session, last), history: { done: [...history.done, last], undone: history.undone.slice(0, -1) }, edit: last };
}
