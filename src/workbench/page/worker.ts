/// <reference lib="dom" />
import { alignSentences } from '../../align/align.js';
import { checkDivergences } from '../../check/divergences.js';
import { isBitekstError } from '../../errors.js';
import { segmentSentences } from '../../segment/segment.js';
import type { Alignment, Bead, Finding, Sentence } from '../../types.js';
import { alignTask } from '../realign.js';

/** What the page asks of the worker. */
export interface AlignRequest {
  type: 'align';
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
}

/** "Re-align the rest": the stretches to align again, each with its sentences. */
export interface RealignRequest {
  type: 'realign';
  sourceLang: string;
  targetLang: string;
  tasks: { source: Sentence[]; target: Sentence[] }[];
}

/** What the worker answers: progress steps, then the alignment and its findings (or the stretches' beads), or an error. */
export type WorkerMessage =
  | { type: 'progress'; step: number; steps: number; label: string }
  | { type: 'done'; alignment: Alignment; findings: Finding[] }
  | { type: 'realigned'; beads: Bead[][] }
  | { type: 'error'; code: string; message: string };

/** The steps of one alignment, as the progress bar counts them. */
export const STEPS = 4;

/**
 * Aligns and checks as `bitekst check` does (each side segmented in its language, aligned with
 * the default options, checked with every kind), reporting each step. The sentences given to the
 * aligner are those `alignSentences` would segment itself, so the beads are the CLI's.
 */
export function runAlignment(request: AlignRequest, post: (message: WorkerMessage) => void): void {
  try {
    post({ type: 'progress', step: 0, steps: STEPS, label: 'segmenting the source' });
    const source = segmentSentences(request.source, { lang: request.sourceLang });
    post({ type: 'progress', step: 1, steps: STEPS, label: `segmenting the target (${source.length} source sentences)` });
    const target = segmentSentences(request.target, { lang: request.targetLang });
    post({ type: 'progress', step: 2, steps: STEPS, label: `aligning ${source.length} and ${target.length} sentences` });
    const alignment = alignSentences(source, target, { sourceLang: request.sourceLang, targetLang: request.targetLang });
    post({ type: 'progress', step: 3, steps: STEPS, label: `checking ${alignment.beads.length} beads` });
    const { findings } = checkDivergences(alignment);
    post({ type: 'done', alignment, findings });
  } catch (error) {
    post(isBitekstError(error) ? { type: 'error', code: error.code, message: error.message } : { type: 'error', code: 'E_INTERNAL', message: String((error as Error)?.message ?? error) });
  }
}

/** Aligns each stretch of a "re-align the rest" on its own (see `realignGaps`), reporting each. */
export function runRealign(request: RealignRequest, post: (message: WorkerMessage) => void): void {
  try {
    const beads = request.tasks.map((task, at) => {
      post({ type: 'progress', step: at, steps: request.tasks.length, label: `re-aligning stretch ${at + 1} of ${request.tasks.length}` });
      const indices = { source: task.source.map((_, index) => index), target: task.target.map((_, index) => index) };
      return alignTask({ source: task.source, target: task.target, sourceLang: request.sourceLang, targetLang: request.targetLang }, indices);
    });
    post({ type: 'realigned', beads });
  } catch (error) {
    post(isBitekstError(error) ? { type: 'error', code: error.code, message: error.message } : { type: 'error', code: 'E_INTERNAL', message: String((error as Error)?.message ?? error) });
  }
}

/** The worker's side: answers each request on the worker's global scope. */
export function startWorker(scope: { onmessage: ((event: MessageEvent<AlignRequest | RealignRequest>) => void) | null; postMessage(message: WorkerMessage): void }): void {
  scope.onmessage = (event) => {
    const post = (message: WorkerMessage) => scope.postMessage(message);
    if (event.data?.type === 'align') runAlignment(event.data, post);
    else if (event.data?.type === 'realign') runRealign(event.data, post);
  };
}
