/// <reference lib="dom" />
import { confirmBead, markNoCounterpart, mergeWithNext, moveSentence, splitBead } from '../edits.js';
import { exportSession, type ExportFormat } from '../export.js';
import { redo, undo } from '../history.js';
import { apply, commit, decide } from './apply-edit.js';
import { byId } from './dom.js';
import { download, exportOptions } from './export-controls.js';
import { toggleHelp } from './help.js';
import type { Action } from './keys.js';
import { firstOpenFinding, hasError, moveTo } from './navigate.js';
import { realignRest } from './realign-rest.js';
import { getState, shown } from './state.js';
import { setStatus } from './status.js';

/** Runs an action, from a key or a button, on the current bead (only the help acts before a session is open). */
export function run(action: Action): void {
  const current = getState();
  if (action === 'help') return toggleHelp();
  if (current === undefined) return;
  const at = current.current;
  const number = at + 1;
  switch (action) {
    case 'next-bead':
    case 'previous-bead':
      return moveTo(action === 'next-bead', () => true);
    case 'next-error':
    case 'previous-error':
      return moveTo(action === 'next-error', (index) => hasError(current, index));
    case 'next-finding':
      return moveTo(true, (index) => current.byBead[index]!.some((finding) => shown(current, finding)));
    case 'merge':
      return apply((session) => mergeWithNext(session, at), `Merged bead ${number} with the next`);
    case 'split': {
      const sourceCount = Number(byId<HTMLInputElement>('split-source').value);
      const targetCount = Number(byId<HTMLInputElement>('split-target').value);
      return apply((session) => splitBead(session, at, sourceCount, targetCount), `Split bead ${number} after ${sourceCount} source and ${targetCount} target sentences`);
    }
    case 'source-to-previous':
      return apply((session) => moveSentence(session, at, 'source', 'previous'), `Moved the first source sentence of bead ${number} to the previous bead`);
    case 'source-to-next':
      return apply((session) => moveSentence(session, at, 'source', 'next'), `Moved the last source sentence of bead ${number} to the next bead`);
    case 'target-to-previous':
      return apply((session) => moveSentence(session, at, 'target', 'previous'), `Moved the first target sentence of bead ${number} to the previous bead`);
    case 'target-to-next':
      return apply((session) => moveSentence(session, at, 'target', 'next'), `Moved the last target sentence of bead ${number} to the next bead`);
    case 'no-counterpart':
      return apply((session) => markNoCounterpart(session, at), `Marked bead ${number} as having no counterpart`);
    case 'confirm':
      return apply((session) => confirmBead(session, at), `Confirmed bead ${number}`);
    case 'accept':
    case 'dismiss': {
      const finding = firstOpenFinding(current);
      if (finding === undefined) return setStatus(`Bead ${number} has no open finding.`);
      return decide(finding.id, action);
    }
    case 'realign':
      return realignRest(current);
    case 'undo':
    case 'redo': {
      const step = action === 'undo' ? undo(current.session, current.history) : redo(current.session, current.history);
      if (step === undefined) return setStatus(`Nothing to ${action}.`);
      return commit(step, action === 'undo' ? 'Undone' : 'Redone');
    }
    case 'export':
      return download(exportSession(current.session, byId<HTMLSelectElement>('export-format').value as ExportFormat, exportOptions()));
    case 'save':
      return download(exportSession(current.session, 'session'));
  }
}
