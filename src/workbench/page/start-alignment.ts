/// <reference lib="dom" />
import { checkPair, readText } from '../input.js';
import { createSession } from '../session.js';
import { askWorker } from './ask-worker.js';
import { byId } from './dom.js';
import { openSession } from './review.js';
import { languageInput, sideName } from './side-texts.js';
import { describeError, setStatus } from './status.js';
import { STEPS, type AlignRequest, type WorkerMessage } from './worker.js';

/**
 * "Align and check": checks the two texts, aligns and checks them in the worker with a progress
 * bar, then opens the result for review and reports the time taken.
 */
export function startAlignment(): void {
  const source = byId<HTMLTextAreaElement>('source-text').value;
  const target = byId<HTMLTextAreaElement>('target-text').value;
  const request: AlignRequest = { type: 'align', source, target, sourceLang: languageInput('source').value.trim(), targetLang: languageInput('target').value.trim() };
  try {
    readText(source, sideName('source'));
    readText(target, sideName('target'));
    checkPair(source, target);
  } catch (error) {
    setStatus(describeError(error), true);
    return;
  }
  const progress = byId<HTMLProgressElement>('progress');
  progress.hidden = false;
  progress.max = STEPS;
  progress.value = 0;
  byId<HTMLButtonElement>('align').disabled = true;
  const started = performance.now();
  const onMessage = (message: WorkerMessage) => {
    if (message.type === 'progress') {
      progress.value = message.step;
      setStatus(`Step ${message.step + 1} of ${message.steps}: ${message.label}…`);
      return;
    }
    progress.hidden = true;
    byId<HTMLButtonElement>('align').disabled = false;
    if (message.type === 'error') {
      setStatus(`${message.message} (${message.code})`, true);
      return;
    }
    if (message.type !== 'done') return;
    openSession(createSession(message.alignment, { source: sideName('source'), target: sideName('target') }), message.findings);
    setStatus(`Aligned ${message.alignment.source.length} and ${message.alignment.target.length} sentences in ${Math.round(performance.now() - started)} ms: ${message.alignment.beads.length} beads, ${message.findings.length} findings.`);
  };
  askWorker(request, onMessage);
}
