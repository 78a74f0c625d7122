import { parentPort } from 'node:worker_threads';
import type { Fingerprint } from '../documents/fingerprint.js';
import { createFingerprintRunner, verifyPairs } from '../documents/pairing-work.js';
import { isBitekstError } from '../errors.js';
import type { PairWorkerAnswer, PairWorkerRequest, VerifyDocument } from './pair-pool.js';
import { chunkToWire } from './fingerprint-wire.js';

// A pairing worker: fingerprints documents and verifies candidate pairs for `bitekst pair --jobs`.
// Its fingerprints go to the main thread, which keeps their keys as numbers (see KeyBag): no table of shared key strings here.
const fingerprint = createFingerprintRunner({ shareKeys: false });
/** How often (in pairs) a verifying worker reports progress. */
const PROGRESS_EVERY = 128;

const asPrint = (document: VerifyDocument): Fingerprint => ({ ...document, keys: new Map(), date: undefined });

parentPort!.on('message', (request: PairWorkerRequest) => {
  const answer = (message: PairWorkerAnswer) => parentPort!.postMessage(message);
  try {
    if (request.kind === 'fingerprint') {
      const outcomes = fingerprint({ kind: 'fingerprint', documents: request.documents, lang: request.lang });
      answer({ sequence: request.sequence, result: chunkToWire(outcomes, request.documents.map((document) => document.text)) });
      return;
    }
    const sources = request.sources.map(asPrint);
    const targets = request.targets.map(asPrint);
    const pairs = Array.from({ length: request.pairs.length / 2 }, (_, index) => [sources[request.pairs[2 * index]!]!, targets[request.pairs[2 * index + 1]!]!] as const);
    let done = 0;
    const tick = () => {
      if (++done % PROGRESS_EVERY === 0) answer({ sequence: request.sequence, progress: PROGRESS_EVERY });
    };
    const result = verifyPairs({ kind: 'verify', pairs, expectedRatio: request.expectedRatio, ...(request.dictionary === undefined ? {} : { dictionary: request.dictionary }) }, tick);
    answer({ sequence: request.sequence, progress: done % PROGRESS_EVERY });
    answer({ sequence: request.sequence, result });
  } catch (error) {
    answer({
      sequence: request.sequence,
      failure: isBitekstError(error) ? { code: error.code, message: error.message } : { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) },
    });
  }
});
