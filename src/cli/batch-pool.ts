import { Worker } from 'node:worker_threads';
import { errorRecord, type BatchOptions, type BatchOutput } from '../batch/record.js';
import { peekId } from '../batch/shard.js';

/** A record to process (its JSON line), or one already settled (an unreadable line's error record). */
export type PoolRecord = { position: number; line: string } | { position: number; output: BatchOutput };

/** A record handed to a worker, kept until its answer comes back. */
interface InFlight {
  sequence: number;
  position: number;
  line: string;
}

/**
 * Runs records on `jobs` worker threads, a few in flight per worker, and hands results to
 * `emit` in input order. Reading pauses while the window is full, and nothing is kept of a
 * record once it is written, so memory stays flat however long the run. A worker that crashes
 * or runs out of memory turns the record it was processing into an `E_WORKER` error record and
 * is replaced; the records it had not started go to its replacement, and the run goes on.
 */
export async function runPool(
  records: AsyncIterable<PoolRecord>,
  jobs: number,
  options: BatchOptions,
  emit: (result: BatchOutput) => Promise<void>,
  limits: { maxOldGenerationSizeMb?: number } = {},
): Promise<void> {
  const window = jobs * 4;
  const waiting = new Map<number, BatchOutput>();
  let nextToWrite = 0;
  let sequence = 0;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  let writing = Promise.resolve();
  const flush = async () => {
    while (waiting.has(nextToWrite)) {
      const result = waiting.get(nextToWrite)!;
      waiting.delete(nextToWrite);
      nextToWrite += 1;
      await emit(result);
    }
  };
  const settle = (sequenceNumber: number, output: BatchOutput) => {
    waiting.set(sequenceNumber, output);
    inFlight -= 1;
    writing = writing.then(flush);
    notify();
  };
  const held = new Map<Worker, Map<number, InFlight>>();
  const spawn = (): Worker => {
    const worker = new Worker(new URL('./batch-worker.js', import.meta.url), {
      workerData: options,
      ...(limits.maxOldGenerationSizeMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb } }),
    });
    const mine = new Map<number, InFlight>();
    held.set(worker, mine);
    worker.on('message', (message: { sequence: number; output: BatchOutput }) => {
      mine.delete(message.sequence);
      settle(message.sequence, message.output);
    });
    let lost = false;
    const crash = (reason: string) => {
      if (lost) return;
      lost = true;
      held.delete(worker);
      const index = workers.indexOf(worker);
      // Replaced before its records are settled, so that no record waits on a dead worker.
      const replacement = index >= 0 && !closing ? (workers[index] = spawn()) : undefined;
      // A worker takes its records in order: the first it held is the one it died on, and
      // fails; the others never started, and go to the replacement.
      const [culprit, ...innocent] = [...mine.values()].sort((a, b) => a.sequence - b.sequence);
      mine.clear();
      if (culprit !== undefined) settle(culprit.sequence, workerFailure(culprit, reason));
      for (const record of innocent) {
        if (replacement === undefined) settle(record.sequence, workerFailure(record, reason));
        else dispatch(replacement, record);
      }
      void worker.terminate();
    };
    worker.on('error', (error) => crash(error.message));
    worker.on('exit', (code) => {
      if (!closing || mine.size > 0) crash(`it exited with code ${code}`);
    });
    return worker;
  };
  const dispatch = (worker: Worker, record: InFlight) => {
    held.get(worker)!.set(record.sequence, record);
    worker.postMessage(record);
  };
  let closing = false;
  const workers: Worker[] = [];
  for (let index = 0; index < jobs; index += 1) workers.push(spawn());
  try {
    for await (const record of records) {
      while (inFlight >= window) await new Promise<void>((resolve) => (wake = resolve));
      const current = sequence++;
      inFlight += 1;
      if ('output' in record) settle(current, record.output);
      else dispatch(workers[current % jobs]!, { sequence: current, position: record.position, line: record.line });
    }
    while (inFlight > 0) await new Promise<void>((resolve) => (wake = resolve));
    await writing;
  } finally {
    closing = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The error record of a record whose worker died while holding it. */
function workerFailure(record: InFlight, reason: string): BatchOutput {
  const id = peekId(record.line) ?? `line-${record.position + 1}`;
  const message = `record ${id} (line ${record.position + 1}): the worker processing it stopped (${reason}); the run went on without it`;
  return errorRecord(id, 'E_WORKER', message);
}
