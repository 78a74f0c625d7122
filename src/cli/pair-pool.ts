import { Worker } from 'node:worker_threads';
import type { Fingerprint } from '../documents/fingerprint.js';
import { pairDocuments, pairingSteps, type PairOptions } from '../documents/pair.js';
import type { FingerprintOutcome, FingerprintWork, VerifiedPair, VerifyWork } from '../documents/pairing-work.js';
import { BitekstError, type ErrorCode } from '../errors.js';
import type { DictionaryEntry } from '../score/dictionary.js';
import type { DocumentInput, PairingResult } from '../types.js';

/** What a verifying worker needs of a document: its fingerprint without the index keys. */
export type VerifyDocument = Pick<Fingerprint, 'id' | 'sentences' | 'numbers' | 'chars' | 'lang'>;

/** A message to a pairing worker. */
export type PairWorkerRequest =
  | { kind: 'fingerprint'; sequence: number; documents: readonly DocumentInput[]; lang: string }
  | {
      kind: 'verify';
      sequence: number;
      sources: readonly VerifyDocument[];
      targets: readonly VerifyDocument[];
      /** Flat `[source, target, …]` positions into `sources` and `targets`. */
      pairs: Uint32Array;
      expectedRatio: number;
      dictionary: readonly DictionaryEntry[] | undefined;
    };

/** A pairing worker's answer: a result, pairs done since its last report, or the error it stopped on. */
export type PairWorkerAnswer =
  | { sequence: number; result: FingerprintOutcome[] | VerifiedPair[] }
  | { sequence: number; progress: number }
  | { sequence: number; failure: { code: ErrorCode; message: string } };

/** Below this many documents a run stays in one thread unless the caller asks for jobs: starting workers costs more than they save. */
export const PARALLEL_MIN_DOCUMENTS = 400;

/**
 * `pairDocuments` with its costly work (fingerprints, and the first round's verifying
 * alignments) spread over `jobs` worker threads (each heap limited to `maxOldGenerationSizeMb`
 * when given); the rest of the run (the index, linking, the
 * second round) stays in this thread. The result is the same as `pairDocuments`' for the same
 * input. A worker that fails stops the run with its error (`E_WORKER` when it crashed or ran out
 * of memory), never a hang.
 */
export async function pairInParallel(
  sources: readonly DocumentInput[],
  targets: readonly DocumentInput[],
  options: PairOptions,
  jobs: number,
  limits: { maxOldGenerationSizeMb?: number } = {},
): Promise<PairingResult> {
  if (jobs <= 1) return pairDocuments(sources, targets, options);
  const pool = createPool(jobs, limits);
  try {
    const steps = pairingSteps(sources, targets, options);
    let done = 0;
    let answer: FingerprintOutcome[] | VerifiedPair[] | undefined;
    for (;;) {
      const next = steps.next(answer);
      if (next.done === true) return next.value;
      const { work, total } = next.value;
      const progress = (units: number) => options.onProgress?.((done += units), total);
      answer = work.kind === 'fingerprint' ? await fingerprintAll(pool, work, progress) : await verifyAll(pool, work, progress);
    }
  } finally {
    await pool.close();
  }
}

/** Fingerprints in chunks handed to whichever worker is free, put back in document order. */
async function fingerprintAll(pool: Pool, work: FingerprintWork, progress: (units: number) => void): Promise<FingerprintOutcome[]> {
  const size = Math.min(512, Math.max(16, Math.ceil(work.documents.length / (pool.size * 8))));
  const chunks: DocumentInput[][] = [];
  for (let start = 0; start < work.documents.length; start += size) chunks.push(work.documents.slice(start, start + size));
  const results = await Promise.all(
    chunks.map(async (documents) => {
      const result = (await pool.run({ kind: 'fingerprint', documents, lang: work.lang })) as FingerprintOutcome[];
      progress(documents.length);
      return result;
    }),
  );
  return results.flat();
}

/**
 * Verifies the pairs in one contiguous range per worker (the candidates come grouped by source,
 * so a source is analysed in one worker only; a target whose candidates fall in two ranges is
 * analysed in both), each document sent once per range it is in.
 */
async function verifyAll(pool: Pool, work: VerifyWork, progress: (units: number) => void): Promise<VerifiedPair[]> {
  const size = Math.ceil(work.pairs.length / pool.size);
  const ranges: (readonly (readonly [Fingerprint, Fingerprint])[])[] = [];
  for (let start = 0; start < work.pairs.length; start += size) ranges.push(work.pairs.slice(start, start + size));
  const results = await Promise.all(
    ranges.map((pairs) => {
      const sources = new Map<Fingerprint, number>();
      const targets = new Map<Fingerprint, number>();
      const at = (table: Map<Fingerprint, number>, print: Fingerprint) => table.get(print) ?? table.set(print, table.size).get(print)!;
      const flat = new Uint32Array(pairs.length * 2);
      pairs.forEach(([source, target], index) => {
        flat[2 * index] = at(sources, source);
        flat[2 * index + 1] = at(targets, target);
      });
      const lite = (table: Map<Fingerprint, number>) => [...table.keys()].map(({ id, sentences, numbers, chars, lang }) => ({ id, sentences, numbers, chars, lang }));
      const request = { kind: 'verify', sources: lite(sources), targets: lite(targets), pairs: flat, expectedRatio: work.expectedRatio, dictionary: work.dictionary } as const;
      return pool.run(request, progress) as Promise<VerifiedPair[]>;
    }),
  );
  return results.flat();
}

type Request = PairWorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'sequence'> : never) : never;

interface Pool {
  size: number;
  /** Runs one request on the next free worker; `progress` hears its interim reports. */
  run(request: Request, progress?: (units: number) => void): Promise<FingerprintOutcome[] | VerifiedPair[]>;
  close(): Promise<void>;
}

interface Pending {
  resolve(result: FingerprintOutcome[] | VerifiedPair[]): void;
  reject(error: Error): void;
  progress: ((units: number) => void) | undefined;
}

/** `jobs` pairing workers, each given one request at a time, queued requests in order. */
function createPool(jobs: number, limits: { maxOldGenerationSizeMb?: number }): Pool {
  const idle: Worker[] = [];
  const queue: { request: PairWorkerRequest; pending: Pending }[] = [];
  const working = new Map<Worker, Pending>();
  let sequence = 0;
  let closing = false;
  const pump = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const { request, pending } = queue.shift()!;
      working.set(worker, pending);
      worker.postMessage(request);
    }
  };
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(new URL('./pair-worker.js', import.meta.url), {
      ...(limits.maxOldGenerationSizeMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb } }),
    });
    const fail = (reason: string) => {
      const pending = working.get(worker);
      working.delete(worker);
      const error = new BitekstError('E_WORKER', `a pairing worker stopped (${reason}); run again with --jobs 1 to pair in one thread`);
      // The run cannot go on without the worker's share: everything waiting fails with it.
      pending?.reject(error);
      for (const { pending: waiting } of queue.splice(0)) waiting.reject(error);
    };
    worker.on('message', (answer: PairWorkerAnswer) => {
      const pending = working.get(worker);
      if (pending === undefined) return;
      if ('progress' in answer) return void pending.progress?.(answer.progress);
      working.delete(worker);
      idle.push(worker);
      if ('failure' in answer) pending.reject(new BitekstError(answer.failure.code, answer.failure.message));
      else pending.resolve(answer.result);
      pump();
    });
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (!closing) fail(`it exited with code ${code}`);
    });
    idle.push(worker);
    return worker;
  });
  return {
    size: jobs,
    run: (request, progress) =>
      new Promise((resolve, reject) => {
        if (closing) return reject(new BitekstError('E_INTERNAL', 'the pairing pool is closed'));
        queue.push({ request: { ...request, sequence: sequence++ } as PairWorkerRequest, pending: { resolve, reject, progress } });
        pump();
      }),
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
