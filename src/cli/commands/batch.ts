import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { errorRecord, processRecord, type BatchOptions, type BatchOutput } from '../../batch/record.js';
import { inShard, parseShard, peekId, type Shard } from '../../batch/shard.js';
import { BitekstError } from '../../errors.js';
import { parseCommand } from '../args.js';
import { integerFlag, languageFlag } from '../flags.js';
import type { CommandIO } from '../io.js';
import { OPTIONS } from '../options.js';
import { writeFailure } from '../output.js';
import { plural } from '../../formats/plural.js';
import { createProgress } from '../progress.js';
import type { CommandSpec } from '../spec.js';

interface Summary {
  records: number;
  failed: number;
  pairs: number;
  beads: number;
  kinds: Record<string, number>;
}

export const BATCH: CommandSpec = {
  name: 'batch',
  summary: 'align and check every record of a JSONL corpus, on every core',
  synopsis: 'INPUT.jsonl',
  positionals: { min: 1, max: 1 },
  arguments: [['INPUT.jsonl', 'records { id, source, target } or collections { id, sources, targets }; - reads standard input']],
  options: [
    { name: 'output', short: 'o', type: 'string', value: 'OUTPUT.jsonl', description: 'where the output records go (required); - is standard output, with no --resume' },
    { name: 'jobs', type: 'string', value: 'N', default: 'the number of cores', description: 'worker threads (a whole number ≥ 1)' },
    { name: 'resume', type: 'boolean', description: 'continue OUTPUT.jsonl.partial from an interrupted run' },
    { name: 'shard', type: 'string', value: 'K/N', description: 'only the records whose id hashes to shard K of N' },
    OPTIONS['source-lang'],
    OPTIONS['target-lang'],
    { name: 'no-check', type: 'boolean', description: 'align only, with no divergence findings' },
    { name: 'max-cells', type: 'string', value: 'N', default: '40000000', description: "a record's alignment budget (a whole number ≥ 1); past it the record fails with E_BUDGET" },
    { name: 'worker-memory', type: 'string', value: 'MB', description: "each worker's heap limit (a whole number ≥ 16); a worker past it fails its records with E_WORKER and is replaced" },
    OPTIONS.quiet,
  ],
  examples: ['bitekst batch corpus.jsonl -o aligned.jsonl --jobs 4', 'bitekst batch corpus.jsonl -o part-1.jsonl --shard 1/4'],
};

/**
 * `bitekst batch`: aligns (and checks, or pairs) every record of a JSONL file, on every core,
 * streaming, with output in input order. Output goes to OUTPUT.partial and is renamed to OUTPUT
 * when complete, so an interrupted run never leaves a file that looks finished; `--resume`
 * continues a partial file without duplicating or losing records.
 */
export async function runBatch(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(BATCH, args);
  const input = positionals[0]!;
  if (typeof values.output !== 'string') throw new BitekstError('E_USAGE', 'batch: expected -o OUTPUT.jsonl (- for standard output)\nrun "bitekst batch --help" for its options');
  const output = values.output;
  const toStdout = output === '-';
  if (toStdout && values.resume === true) throw new BitekstError('E_USAGE', '--resume: needs an output file to resume, found -o -');
  const jobs = integerFlag(values.jobs, 'jobs', { min: 1, max: 1024 }) ?? availableParallelism();
  const maxCells = integerFlag(values['max-cells'], 'max-cells', { min: 1 });
  const workerMemory = integerFlag(values['worker-memory'], 'worker-memory', { min: 16 });
  const shard: Shard = typeof values.shard === 'string' ? parseShard(values.shard) : { index: 1, count: 1 };
  const options: BatchOptions = {
    sourceLang: languageFlag(values['source-lang'], 'source-lang', 'nb'),
    targetLang: languageFlag(values['target-lang'], 'target-lang', 'en'),
    check: values['no-check'] !== true,
    ...(maxCells === undefined ? {} : { maxCells }),
  };
  const fromStdin = input === '-';
  if (!fromStdin) {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
      throw new BitekstError('E_INPUT', `${input}: cannot read: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EACCES' ? 'permission denied' : error.code}`);
    });
    if (info.isDirectory()) throw new BitekstError('E_INPUT', `${input}: expected a JSONL file, found a directory`);
  }
  const partial = `${output}.partial`;
  // Resuming is keyed by position: output line k is the k-th selected input record, whatever
  // the ids (duplicates included), and the ids written are checked against the input's.
  const done = values.resume === true && !toStdout ? await recoverPartial(partial) : [];
  if (!toStdout && (values.resume !== true || !existsSync(partial))) await writeFile(partial, '').catch((error: NodeJS.ErrnoException) => {
    throw new BitekstError('E_INPUT', writeFailure(output, error));
  });
  const sink = toStdout ? process.stdout : createWriteStream(partial, { flags: 'a' });
  const summary: Summary = { records: 0, failed: 0, pairs: 0, beads: 0, kinds: {} };
  const showProgress = io.isTTY && values.quiet !== true;
  const total = showProgress && !fromStdin ? await countLines(input) : undefined;
  const bar = showProgress ? createProgress('batch', 'records', { write: io.status }) : undefined;
  const progress = (count: number) => bar?.update(count, total);
  const write = (result: BatchOutput) => {
    summary.records += 1;
    if (!result.ok) summary.failed += 1;
    summary.pairs += result.stats.pairs;
    summary.beads += result.stats.beads;
    for (const [kind, count] of Object.entries(result.stats.kinds)) summary.kinds[kind] = (summary.kinds[kind] ?? 0) + (count ?? 0);
    return new Promise<void>((resolve) => (sink.write(`${result.line}\n`) ? resolve() : sink.once('drain', resolve)));
  };
  const lines = createInterface({ input: fromStdin ? process.stdin.setEncoding('utf8') : createReadStream(input, { encoding: 'utf8' }), crlfDelay: Infinity });
  let position = -1;
  let skipped = 0;
  const selected = async function* () {
    for await (const raw of lines) {
      position += 1;
      const line = raw.replace(/^\ufeff/, '');
      if (line.trim() === '') continue;
      const id = peekId(line);
      if (!inShard(shard, id, position)) continue;
      if (skipped < done.length) {
        // A record without a readable id is known by its line, as its output record is.
        const expected = done[skipped]!;
        const found = id ?? `line-${position + 1}`;
        if (expected !== found) {
          throw new BitekstError('E_INPUT', `${input}: changed since the interrupted run: record ${skipped + 1} of the output is "${expected}", line ${position + 1} of the input is "${found}"; remove ${partial} to start again`);
        }
        skipped += 1;
        continue;
      }
      yield { position, line };
    }
    if (skipped < done.length) throw new BitekstError('E_INPUT', `${input}: changed since the interrupted run: ${partial} holds ${done.length} records, the input only ${skipped}; remove ${partial} to start again`);
  };
  if (jobs === 1) {
    for await (const { position: at, line } of selected()) {
      await write(processRecord(line, at, options));
      progress(summary.records + done.length);
    }
  } else {
    const limits = workerMemory === undefined ? {} : { maxOldGenerationSizeMb: workerMemory };
    await runPool(
      selected(),
      jobs,
      options,
      async (result) => {
        await write(result);
        progress(summary.records + done.length);
      },
      limits,
    );
  }
  if (toStdout) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  else {
    await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await rename(partial, output);
  }
  bar?.end();
  const kinds = Object.entries(summary.kinds).map(([kind, count]) => `${count} ${kind}`).join(', ');
  io.warn(
    `${plural(summary.records, 'record')}${done.length > 0 ? ` (and ${done.length} done before)` : ''}: ${summary.records - summary.failed} aligned, ${summary.failed} failed; ${plural(summary.pairs, 'pair')}, ${plural(summary.beads, 'bead')}${kinds ? `; findings: ${kinds}` : ''}`,
  );
  return 0;
}

/**
 * The ids of the records already written to a partial output, in order (one per line, so line k
 * is the k-th record of the run); a last line cut off mid-write is removed.
 */
async function recoverPartial(partial: string): Promise<string[]> {
  const done: string[] = [];
  if (!existsSync(partial)) return done;
  const text = await readFile(partial, 'utf8');
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as { id?: unknown };
      done.push(String(record.id));
      kept.push(line);
    } catch {
      break;
    }
  }
  await writeFile(partial, kept.map((line) => `${line}\n`).join(''));
  return done;
}

async function countLines(path: string): Promise<number> {
  let count = 0;
  for await (const chunk of createReadStream(path)) for (const byte of chunk as Buffer) if (byte === 10) count += 1;
  return count;
}

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
async function runPool(
  records: AsyncGenerator<{ position: number; line: string }>,
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
      dispatch(workers[current % jobs]!, { sequence: current, position: record.position, line: record.line });
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
