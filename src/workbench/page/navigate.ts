import type { Finding } from '../../types.js';
import { focusCurrent, renderRows } from './rows.js';
import { getState, shown, type State } from './state.js';
import { setStatus } from './status.js';
import { updateToolbar } from './toolbar.js';

/** Makes a bead current (a click on its row), without moving the focus. */
export function setCurrent(index: number): void {
  const current = getState()!;
  if (index === current.current) return;
  current.current = index;
  updateToolbar(current);
  renderRows();
}

/** Moves to the next (or previous) shown bead that `accept` takes, or says there is none. */
export function moveTo(forward: boolean, accept: (index: number) => boolean): void {
  const current = getState();
  if (current === undefined) return;
  const position = current.visible.indexOf(current.current);
  const candidates = forward ? current.visible.slice(position + 1) : current.visible.slice(0, Math.max(0, position)).reverse();
  const next = candidates.find(accept);
  if (next === undefined) {
    setStatus(forward ? 'No further bead of that kind.' : 'No earlier bead of that kind.');
    return;
  }
  current.current = next;
  updateToolbar(current);
  focusCurrent();
}

/** Whether a bead has a shown error that is not dismissed. */
export function hasError(current: State, index: number): boolean {
  return current.byBead[index]!.some((finding) => finding.severity === 'error' && shown(current, finding) && !current.session.suppressions.includes(finding.id));
}

/** The current bead's first shown finding that is neither dismissed nor accepted. */
export function firstOpenFinding(current: State): Finding | undefined {
  return current.byBead[current.current]?.find((finding) => shown(current, finding) && !current.session.suppressions.includes(finding.id) && !current.session.accepted.includes(finding.id));
}
