import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { processRecord, type BatchOptions, type BatchOutput } from '../../batch/record.js';
import { inShard, parseShard, peekId, type Shard } from '../../batch/shard.js';
import { BitekstError } from '../../errors.js';
import { parseCommand } from '../args.js';
import { integerFlag, languageFlag } from '../flags.js';
import type { CommandIO } from '../io.js';
import { OPTIONS } from '../options.js';
import { writeFailure } from '../output.js';
import { plural } from '../plural.js';
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
  const done = values.resume === true ? await recoverPartial(partial) : new Set<string>();
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
  const selected = async function* () {
    for await (const raw of lines) {
      position += 1;
      const line = raw.replace(/^\ufeff/, '');
      if (line.trim() === '') continue;
      const id = peekId(line);
      if (!inShard(shard, id, position)) continue;
      // A record without a readable id is known by its line, as its output record is.
      if (done.has(id ?? `line-${position + 1}`)) continue;
      yield { position, line };
    }
  };
  if (jobs === 1) {
    for await (const { position: at, line } of selected()) {
      await write(processRecord(line, at, options));
      progress(summary.records + done.size);
    }
  } else {
    await runPool(selected(), jobs, options, async (result) => {
      await write(result);
      progress(summary.records + done.size);
    });
  }
  if (toStdout) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  else {
    await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await rename(partial, output);
  }
  bar?.end();
  const kinds = Object.entries(summary.kinds).map(([kind, count]) => `${count} ${kind}`).join(', ');
  io.warn(
    `${plural(summary.records, 'record')}${done.size > 0 ? ` (and ${done.size} done before)` : ''}: ${summary.records - summary.failed} aligned, ${summary.failed} failed; ${plural(summary.pairs, 'pair')}, ${plural(summary.beads, 'bead')}${kinds ? `; findings: ${kinds}` : ''}`,
  );
  return 0;
}

/** Ids already written to a partial output; a last line cut off mid-write is removed. */
async function recoverPartial(partial: string): Promise<Set<string>> {
  const done = new Set<string>();
  if (!existsSync(partial)) return done;
  const text = await readFile(partial, 'utf8');
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as { id?: unknown };
      if (typeof record.id === 'string') done.add(record.id);
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

/**
 * Runs records on `jobs` worker threads, a few in flight per worker, and hands results to
 * `emit` in input order. Reading pauses while the window is full, so memory stays bounded.
 */
async function runPool(
  records: AsyncGenerator<{ position: number; line: string }>,
  jobs: number,
  options: BatchOptions,
  emit: (result: BatchOutput) => Promise<void>,
): Promise<void> {
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: options }));
  const window = jobs * 4;
  const waiting = new Map<number, BatchOutput>();
  const pending = new Map<number, (value: void) => void>();
  let nextToWrite = 0;
  let sequence = 0;
  let inFlight = 0;
  let slot: (() => void) | undefined;
  let failure: Error | undefined;
  const flush = async () => {
    while (waiting.has(nextToWrite)) {
      const result = waiting.get(nextToWrite)!;
      waiting.delete(nextToWrite);
      nextToWrite += 1;
      await emit(result);
    }
  };
  let writing = Promise.resolve();
  workers.forEach((worker) => {
    worker.on('message', (message: { sequence: number; output: BatchOutput }) => {
      waiting.set(message.sequence, message.output);
      inFlight -= 1;
      writing = writing.then(flush);
      slot?.();
      slot = undefined;
      pending.get(message.sequence)?.();
      pending.delete(message.sequence);
    });
    worker.on('error', (error) => {
      failure = error;
      slot?.();
    });
  });
  const settled: Promise<void>[] = [];
  for await (const record of records) {
    while (inFlight >= window && failure === undefined) await new Promise<void>((resolve) => (slot = resolve));
    if (failure !== undefined) break;
    const current = sequence++;
    inFlight += 1;
    settled.push(new Promise<void>((resolve) => pending.set(current, resolve)));
    workers[current % jobs]!.postMessage({ sequence: current, position: record.position, line: record.line });
  }
  await Promise.all(settled);
  await writing;
  await Promise.all(workers.map((worker) => worker.terminate()));
  if (failure !== undefined) throw failure;
}
