import { acceptFinding, dismissFinding, type Edit } from '../edits.js';
import { perform, type Step } from '../history.js';
import { recheckSession } from '../recheck.js';
import type { Session } from '../session.js';
import { refresh } from './review.js';
import { focusCurrent } from './rows.js';
import { ensureCache, getState } from './state.js';
import { describeError, setStatus } from './status.js';

/**
 * Makes an edit of the session under review and records it in the history; `done` is the status
 * line's words for it. An edit that changes nothing says so; one that fails shows its error.
 */
export function apply(make: (session: Session) => Edit | undefined, done: string): void {
  const current = getState();
  if (current === undefined) return;
  try {
    const edit = make(current.session);
    if (edit === undefined) {
      setStatus(`${done}: nothing changed.`);
      return;
    }
    commit(perform(current.session, current.history, edit), done);
  } catch (error) {
    setStatus(describeError(error), true);
  }
}

/**
 * Takes a step of the history (an edit, an undo or a redo): re-checks only what the edit reaches,
 * redraws, and reports the re-check's time.
 */
export function commit(step: Step, done: string): void {
  const current = getState()!;
  const cache = ensureCache(current);
  const started = performance.now();
  const findings = recheckSession(step.session, cache, current.findings, step.edit);
  const took = performance.now() - started;
  current.session = step.session;
  current.history = step.history;
  current.findings = findings;
  if (step.edit.type === 'beads') current.current = Math.min(step.edit.start, step.session.beads.length - 1);
  refresh(step.edit.type === 'beads');
  focusCurrent();
  setStatus(`${done}. Re-checked in ${took.toFixed(1)} ms.`);
}

/** What can be decided about a finding: accept or dismiss it, or take either back. */
export type Decision = 'accept' | 'dismiss' | 'restore' | 'withdraw';

/** Accepts or dismisses a finding (by id), or takes that back, as an edit that can be undone. */
export function decide(id: string, what: Decision): void {
  const labels = { accept: 'Accepted', dismiss: 'Dismissed (kept as a suppression)', restore: 'Restored', withdraw: 'Withdrew the acceptance of' };
  apply(
    (session) => (what === 'accept' || what === 'withdraw' ? acceptFinding(session, id, what === 'accept') : dismissFinding(session, id, what === 'dismiss')),
    `${labels[what]} finding ${id}`,
  );
}
