/// <reference lib="dom" />
import { realignEdit, realignTasks } from '../realign.js';
import { apply } from './apply-edit.js';
import { askWorker } from './ask-worker.js';
import { byId } from './dom.js';
import { getState, type State } from './state.js';
import { setStatus } from './status.js';
import type { RealignRequest } from './worker.js';

/**
 * "Re-align the rest" with the stretches aligned in the worker, so that a long document's page
 * stays responsive; an edit made meanwhile makes the result stale, and it is dropped.
 */
export function realignRest(current: State): void {
  const session = current.session;
  const tasks = realignTasks(session);
  if (tasks.length === 0) {
    setStatus('Re-align the rest: nothing to re-align (every stretch is corrected or one-sided).');
    return;
  }
  const progress = byId<HTMLProgressElement>('progress');
  progress.hidden = false;
  progress.max = tasks.length;
  progress.value = 0;
  const request: RealignRequest = {
    type: 'realign',
    sourceLang: session.sourceLang,
    targetLang: session.targetLang,
    tasks: tasks.map((task) => ({ source: task.source.map((index) => session.source[index]!), target: task.target.map((index) => session.target[index]!) })),
  };
  askWorker(request, (message) => {
    if (message.type === 'progress') {
      progress.value = message.step;
      setStatus(`Step ${message.step + 1} of ${message.steps}: ${message.label}…`);
      return;
    }
    progress.hidden = true;
    if (message.type === 'error') return setStatus(`${message.message} (${message.code})`, true);
    if (message.type !== 'realigned') return;
    if (getState() !== current || current.session !== session) return setStatus('Re-align the rest: the beads changed meanwhile; press r again.', true);
    apply((now) => realignEdit(now, tasks, message.beads), 'Re-aligned the rest around the corrected beads');
  });
}
