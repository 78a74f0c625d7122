import { BitekstError } from '../errors.js';
import type { Session, WorkbenchBead } from './session.js';

/**
 * One reversible change to a session. Bead edits are splices (the beads `removed` at `start`
 * replaced by `inserted`, covering the same sentences), so an edit, its inverse and its re-check
 * cost the size of the edit, not of the document. Decisions on findings add or remove one id.
 */
export type Edit =
  | { type: 'beads'; start: number; removed: readonly WorkbenchBead[]; inserted: readonly WorkbenchBead[] }
  | { type: 'decision'; list: 'suppressions' | 'accepted'; id: string; add: boolean };

/** A bead a translator made or confirmed: it is sure (score 1) and kept by "re-align the rest". */
const corrected = (source: readonly number[], target: readonly number[]): WorkbenchBead => ({ source: [...source], target: [...target], score: 1, fixed: true });

function beadAt(session: Session, index: number, what: string): WorkbenchBead {
  const bead = session.beads[index];
  if (!Number.isInteger(index) || bead === undefined) throw new BitekstError('E_USAGE', `${what}: expected a bead from 1 to ${session.beads.length}, found ${index + 1}`);
  return bead;
}

/** Applies an edit: a new session, the old one untouched. */
export function applyEdit(session: Session, edit: Edit): Session {
  if (edit.type === 'decision') {
    const list = session[edit.list].filter((id) => id !== edit.id);
    return { ...session, [edit.list]: edit.add ? [...list, edit.id] : list };
  }
  const beads = [...session.beads];
  beads.splice(edit.start, edit.removed.length, ...edit.inserted);
  return { ...session, beads };
}

/** The edit that undoes `edit`. */
export function invertEdit(edit: Edit): Edit {
  return edit.type === 'decision' ? { ...edit, add: !edit.add } : { type: 'beads', start: edit.start, removed: edit.inserted, inserted: edit.removed };
}

/**
 * Merges bead `index` with the next one (a sentence pair the aligner cut in two).
 *
 * @throws {BitekstError} `E_USAGE` for the last bead or an index out of range.
 */
export function mergeWithNext(session: Session, index: number): Edit {
  const bead = beadAt(session, index, 'merge');
  const next = session.beads[index + 1];
  if (next === undefined) throw new BitekstError('E_USAGE', `merge: bead ${index + 1} is the last; there is no next bead to merge with`);
  return { type: 'beads', start: index, removed: [bead, next], inserted: [corrected([...bead.source, ...next.source], [...bead.target, ...next.target])] };
}

/**
 * Splits bead `index` in two: the first `sourceCount` source and `targetCount` target sentences
 * become one bead, the rest the next one. Both parts must hold a sentence.
 *
 * @throws {BitekstError} `E_USAGE` when a part would be empty or the counts are out of range.
 */
export function splitBead(session: Session, index: number, sourceCount: number, targetCount: number): Edit {
  const bead = beadAt(session, index, 'split');
  const valid = (count: number, side: readonly number[]) => Number.isInteger(count) && count >= 0 && count <= side.length;
  if (!valid(sourceCount, bead.source) || !valid(targetCount, bead.target)) {
    throw new BitekstError('E_USAGE', `split: expected 0 to ${bead.source.length} source and 0 to ${bead.target.length} target sentences for the first part, found ${sourceCount} and ${targetCount}`);
  }
  const first = corrected(bead.source.slice(0, sourceCount), bead.target.slice(0, targetCount));
  const second = corrected(bead.source.slice(sourceCount), bead.target.slice(targetCount));
  if (first.source.length + first.target.length === 0 || second.source.length + second.target.length === 0) {
    throw new BitekstError('E_USAGE', `split: bead ${index + 1} has ${bead.source.length + bead.target.length} sentence(s); both parts must hold at least one`);
  }
  return { type: 'beads', start: index, removed: [bead], inserted: [first, second] };
}

/** The split a translator most often wants: each side cut in half (a 2-2 bead into two 1-1 beads). */
export function defaultSplit(bead: WorkbenchBead): { sourceCount: number; targetCount: number } {
  return { sourceCount: Math.ceil(bead.source.length / 2), targetCount: Math.ceil(bead.target.length / 2) };
}

/**
 * Moves a boundary sentence of bead `index` to the neighbouring bead: with `direction`
 * `'previous'` its first sentence on `side` joins the end of the bead before; with `'next'` its
 * last sentence joins the start of the bead after. A bead left with no sentence disappears.
 *
 * @throws {BitekstError} `E_USAGE` when the side is empty or there is no neighbour that way.
 */
export function moveSentence(session: Session, index: number, side: 'source' | 'target', direction: 'previous' | 'next'): Edit {
  const bead = beadAt(session, index, 'move');
  const neighbourIndex = direction === 'previous' ? index - 1 : index + 1;
  const neighbour = session.beads[neighbourIndex];
  if (neighbour === undefined) throw new BitekstError('E_USAGE', `move: bead ${index + 1} has no ${direction} bead`);
  if (bead[side].length === 0) throw new BitekstError('E_USAGE', `move: bead ${index + 1} has no ${side} sentence to move`);
  const moved = direction === 'previous' ? bead[side][0]! : bead[side][bead[side].length - 1]!;
  const rest = direction === 'previous' ? bead[side].slice(1) : bead[side].slice(0, -1);
  const other = side === 'source' ? 'target' : 'source';
  const shrunk = side === 'source' ? corrected(rest, bead.target) : corrected(bead.source, rest);
  const grownSide = direction === 'previous' ? [...neighbour[side], moved] : [moved, ...neighbour[side]];
  const grown = side === 'source' ? corrected(grownSide, neighbour[other]) : corrected(neighbour[other], grownSide);
  const kept = shrunk.source.length + shrunk.target.length > 0 ? [shrunk] : [];
  return direction === 'previous'
    ? { type: 'beads', start: neighbourIndex, removed: [neighbour, bead], inserted: [grown, ...kept] }
    : { type: 'beads', start: index, removed: [bead, neighbour], inserted: [...kept, grown] };
}

/**
 * Marks bead `index` as having no counterpart: each of its sentences becomes a bead of its own
 * (1-0 for the source, then 0-1 for the target), an omission or addition the translator confirms.
 *
 * @throws {BitekstError} `E_USAGE` for a bead that is already one sentence with no counterpart.
 */
export function markNoCounterpart(session: Session, index: number): Edit {
  const bead = beadAt(session, index, 'no counterpart');
  if (bead.source.length + bead.target.length === 1 && bead.fixed) throw new BitekstError('E_USAGE', `no counterpart: bead ${index + 1} is already one sentence with no counterpart`);
  const inserted = [...bead.source.map((sentence) => corrected([sentence], [])), ...bead.target.map((sentence) => corrected([], [sentence]))];
  return { type: 'beads', start: index, removed: [bead], inserted };
}

/** Confirms bead `index` as right: score 1, kept by "re-align the rest". */
export function confirmBead(session: Session, index: number): Edit {
  const bead = beadAt(session, index, 'confirm');
  return { type: 'beads', start: index, removed: [bead], inserted: [corrected(bead.source, bead.target)] };
}

/**
 * Dismisses a finding as a false alarm (its id joins the suppressions), or restores it.
 *
 * @throws {BitekstError} `E_USAGE` when the finding is already in that state (an undo must undo something).
 */
export function dismissFinding(session: Session, id: string, dismiss = true): Edit {
  return decision(session, 'suppressions', id, dismiss);
}

/**
 * Accepts a finding as real (reviewed), or withdraws the acceptance.
 *
 * @throws {BitekstError} `E_USAGE` when the finding is already in that state.
 */
export function acceptFinding(session: Session, id: string, accept = true): Edit {
  return decision(session, 'accepted', id, accept);
}

function decision(session: Session, list: 'suppressions' | 'accepted', id: string, add: boolean): Edit {
  if (session[list].includes(id) === add) throw new BitekstError('E_USAGE', `finding ${id} is ${add ? 'already' : 'not'} ${list === 'suppressions' ? 'dismissed' : 'accepted'}`);
  return { type: 'decision', list, id, add };
}
