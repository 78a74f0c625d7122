/// <reference lib="dom" />
import { byId } from './dom.js';
import { setStatus } from './status.js';
import { runAlignment, runRealign, type AlignRequest, type RealignRequest, type WorkerMessage } from './worker.js';

let worker: Worker | undefined;

/** The worker: this same bundle, from the page's own script element, as a Blob (nothing fetched). */
function alignmentWorker(): Worker | undefined {
  if (worker !== undefined) return worker;
  try {
    const code = byId('bitekst-workbench').textContent ?? '';
    worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    return worker;
  } catch {
    return undefined;
  }
}

/**
 * Sends a request to the worker (or, where none can start, runs it on the page) and passes on its
 * answers: progress, then the result or an error. A failure of the worker itself comes as an
 * `E_INTERNAL` error message.
 */
export function askWorker(request: AlignRequest | RealignRequest, onMessage: (message: WorkerMessage) => void): void {
  const running = alignmentWorker();
  if (running === undefined) {
    setStatus('Aligning on the page (no worker available)…');
    setTimeout(() => (request.type === 'align' ? runAlignment(request, onMessage) : runRealign(request, onMessage)), 0);
    return;
  }
  running.onmessage = (event: MessageEvent<WorkerMessage>) => onMessage(event.data);
  running.onerror = (event) => {
    event.preventDefault();
    onMessage({ type: 'error', code: 'E_INTERNAL', message: `the alignment worker failed: ${event.message}` });
  };
  running.postMessage(request);
}
