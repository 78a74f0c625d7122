import { Worker } from 'node:worker_threads';
import type { Fingerprint } from '../documents/fingerprint.js';
import { pairDocuments, pairingSteps, type PairOptions } from '../documents/pair.js';
import type { FingerprintOutcome, FingerprintWork, VerifiedPair, VerifyWork } from '../documents/pairing-work.js';
import { BitekstError, type ErrorCode } from '../errors.js';
import type { DictionaryEntry } from '../score/dictionary.js';
import { chunkFromWire, type WireChunk } from './fingerprint-wire.js';
import { KeyTable } from '../documents/key-bag.js';
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
  | { sequence: number; result: WireChunk | VerifiedPair[] }
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
 * of memory), never a hang. The targets may still be on their way (a folder being read in this
 * thread, its reads let through between the workers' answers): they are waited for once the
 * sources are fingerprinted, so that reading them and fingerprinting the sources overlap.
 */
export async function pairInParallel(
  sources: readonly DocumentInput[],
  targets: readonly DocumentInput[] | Promise<readonly DocumentInput[]>,
  options: PairOptions,
  jobs: number | PairPool,
  limits: { maxOldGenerationSizeMb?: number } = {},
): Promise<PairingResult> {
  if (typeof jobs === 'number' && jobs <= 1) return pairDocuments(sources, await targets, options);
  const pool = typeof jobs === 'number' ? createPool(jobs, limits) : jobs;
  try {
    let arrived: readonly DocumentInput[] | undefined = targets instanceof Promise ? undefined : targets;
    const steps = pairingSteps(sources, arrived ?? (() => arrived!), options);
    let done = 0;
    let answer: FingerprintOutcome[] | VerifiedPair[] | undefined;
    for (;;) {
      const next = steps.next(answer);
      if (next.done === true) return next.value;
      const { work, total, keep, table } = next.value;
      const progress = (units: number) => options.onProgress?.((done += units), total);
      answer = work.kind === 'fingerprint' ? await fingerprintAll(pool, work, progress, keep, table) : await verifyAll(pool, work, progress);
      // The first piece of work is the sources' fingerprints: after it, the run reads the targets.
      arrived ??= await targets;
    }
  } finally {
    await pool.close();
  }
}

/**
 * Fingerprints in chunks handed to whichever worker is free, put back in document order. Each
 * chunk's keys are numbered into `table` (the run's, see `PairingStep.table`) and the chunk
 * passed through `keep` (see `PairingStep.keep`) as soon as the chunks before it are, so that
 * this thread numbers keys, in document order, while the workers go on.
 */
async function fingerprintAll(
  pool: Pool,
  work: FingerprintWork,
  progress: (units: number) => void,
  keep: (outcomes: FingerprintOutcome[]) => FingerprintOutcome[] = (outcomes) => outcomes,
  // Without the run's table, a table of this call's own: `keep` then numbers the keys again into the run's.
  table: KeyTable = new KeyTable(),
): Promise<FingerprintOutcome[]> {
  const size = Math.min(512, Math.max(16, Math.ceil(work.documents.length / (pool.size * 8))));
  const chunks: DocumentInput[][] = [];
  for (let start = 0; start < work.documents.length; start += size) chunks.push(work.documents.slice(start, start + size));
  const arrived: (WireChunk | undefined)[] = new Array(chunks.length);
  const results: FingerprintOutcome[][] = new Array(chunks.length);
  let kept = 0;
  await Promise.all(
    chunks.map(async (documents, index) => {
      arrived[index] = (await pool.run({ kind: 'fingerprint', documents, lang: work.lang })) as WireChunk;
      for (; kept < chunks.length && arrived[kept] !== undefined; kept += 1) {
        const texts = chunks[kept]!.map((document) => document.text);
        results[kept] = keep(chunkFromWire(arrived[kept]!, texts, table));
        arrived[kept] = undefined;
      }
      progress(documents.length);
    }),
  );
  return results.flat();
}

/**
 * Verifies the pairs in one share per worker (see {@link partitionPairs}: a document's pairs go
 * to one worker where the balance allows, so that few documents are analysed in two), each
 * document sent once per share it is in; the results are put back in the pairs' order.
 */
async function verifyAll(pool: Pool, work: VerifyWork, progress: (units: number) => void): Promise<VerifiedPair[]> {
  const shares = partitionPairs(work.pairs, pool.size);
  const results = await Promise.all(
    shares.map((share) => {
      const sources = new Map<Fingerprint, number>();
      const targets = new Map<Fingerprint, number>();
      const at = (table: Map<Fingerprint, number>, print: Fingerprint) => table.get(print) ?? table.set(print, table.size).get(print)!;
      const flat = new Uint32Array(share.length * 2);
      share.forEach((index, position) => {
        const [source, target] = work.pairs[index]!;
        flat[2 * position] = at(sources, source);
        flat[2 * position + 1] = at(targets, target);
      });
      const lite = (table: Map<Fingerprint, number>) => [...table.keys()].map(({ id, sentences, numbers, chars, lang }) => ({ id, sentences, numbers, chars, lang }));
      const request = { kind: 'verify', sources: lite(sources), targets: lite(targets), pairs: flat, expectedRatio: work.expectedRatio, dictionary: work.dictionary } as const;
      return pool.run(request, progress) as Promise<VerifiedPair[]>;
    }),
  );
  const verified = new Array<VerifiedPair>(work.pairs.length);
  shares.forEach((share, part) => share.forEach((index, position) => (verified[index] = (results[part] as VerifiedPair[])[position]!)));
  return verified;
}

/**
 * Splits pairs (their positions, each share in the pairs' order) into `parts` shares of about
 * the same work, keeping each source's pairs together and sending them to the share that already
 * holds most of their targets (a greedy streaming partition, weighted against full shares): a
 * document in two shares is analysed for alignment twice (with contiguous ranges, 14 % of the
 * documents of a 10k × 10k synthetic run and 2.6 % at 100k). Work is counted as one unit per pair and one per
 * document a share must analyse. The verification of a pair does not depend on the pairs beside
 * it, so the results are the same whatever the split.
 */
export function partitionPairs(pairs: readonly (readonly [Fingerprint, Fingerprint])[], parts: number): number[][] {
  const shares: number[][] = Array.from({ length: parts }, () => []);
  if (parts <= 1) {
    shares[0] = pairs.map((_, index) => index);
    return shares;
  }
  // Each source's pairs, in the order their sources first come.
  const bySource = new Map<Fingerprint, number[]>();
  pairs.forEach(([source], index) => (bySource.get(source) ?? bySource.set(source, []).get(source)!).push(index));
  // The shares each target is analysed in, as a bit mask (at most 31 shares; beyond, no affinity).
  const targetIn = new Map<Fingerprint, number>();
  const load = new Float64Array(parts);
  // The work of the whole, were each document analysed once, shared out evenly.
  const capacity = (pairs.length + bySource.size + new Set(pairs.map((pair) => pair[1])).size) / parts + 1;
  for (const indices of bySource.values()) {
    let best = 0;
    let bestScore = -Infinity;
    for (let part = 0; part < parts; part += 1) {
      let shared = 0;
      if (part < 31) for (const index of indices) if (((targetIn.get(pairs[index]![1]) ?? 0) >> part) & 1) shared += 1;
      // Shared targets count for less as the share fills; the emptier share wins a tie.
      const score = (shared + 1) * Math.max(0, 1 - load[part]! / capacity) - load[part]! / (capacity * 1e3);
      if (score > bestScore) [best, bestScore] = [part, score];
    }
    let work = 1;
    for (const index of indices) {
      shares[best]!.push(index);
      const target = pairs[index]![1];
      const mask = targetIn.get(target) ?? 0;
      const bit = best < 31 ? 1 << best : 0;
      if ((mask & bit) === 0 || bit === 0) work += 1;
      targetIn.set(target, mask | bit);
      work += 1;
    }
    load[best] = load[best]! + work;
  }
  // Each share in the pairs' order, as the work came.
  for (const share of shares) share.sort((a, b) => a - b);
  return shares;
}

type Request = PairWorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'sequence'> : never) : never;

/**
 * Pairing workers started ahead of the run (see {@link startPairPool}), so that they load while
 * this thread reads the collections. `pairInParallel` given one closes it when it ends; a pool
 * that never reaches it must be closed by its caller.
 */
export type PairPool = Pool;

/** Starts `jobs` pairing workers (each heap limited to `maxOldGenerationSizeMb` when given) for one `pairInParallel` run. */
export function startPairPool(jobs: number, limits: { maxOldGenerationSizeMb?: number } = {}): PairPool {
  return createPool(Math.max(1, jobs), limits);
}

interface Pool {
  size: number;
  /** Runs one request on the next free worker; `progress` hears its interim reports. */
  run(request: Request, progress?: (units: number) => void): Promise<WireChunk | VerifiedPair[]>;
  close(): Promise<void>;
}

interface Pending {
  resolve(result: WireChunk | VerifiedPair[]): void;
  reject(error: Error): void;
  progress: ((units: number) => void) | undefined;
}

/**
 * Each pairing worker's space for new objects. A worker's objects are short-lived (one
 * document's analysis, one pair's alignment) and its long-lived data arrives whole in a request,
 * so V8's default, sized for a whole program's heap, holds memory a worker barely uses; too small
 * a space, though, collects so often that the collector takes a fifth of a worker's time. At
 * 100k x 100k with 2 jobs (two alternated runs each): 6 MB peaked at 1.36-1.38 GB in 66-68 s
 * (113-115 s of CPU), 16 MB at 1.42-1.43 GB in 61-65 s (101-111 s), 32 MB at 1.47-1.50 GB in
 * 61-65 s (103-104 s), the default at 1.60 GB; output the same. With the keys sent once a chunk
 * (see `WireChunk`), 12 MB: 56.9 and 58.5 s, 1.479-1.484 GB; 16 MB: 53.5 s, 1.507 GB.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

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
      resourceLimits: {
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
        ...(limits.maxOldGenerationSizeMb === undefined ? {} : { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb }),
      },
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
