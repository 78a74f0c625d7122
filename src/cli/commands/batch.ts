import { createReadStream, createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createDuplicateIds, MAX_TRACKED_IDS } from '../../batch/duplicate-ids.js';
import { readLines, type InputLine } from '../../batch/lines.js';
import { errorRecord, processRecord, type BatchOptions, type BatchOutput } from '../../batch/record.js';
import { inShard, parseShard, peekId, type Shard } from '../../batch/shard.js';
import { BitekstError, isBitekstError } from '../../errors.js';
import { plural } from '../../formats/plural.js';
import { parseCommand } from '../args.js';
import { runPool, type PoolRecord } from '../batch-pool.js';
import { createInputHash, readState, recoverPartial, removeState, statePath, writeState, type BatchState } from '../batch-resume.js';
import { EXIT } from '../exit-codes.js';
import { integerFlag, languageFlag } from '../flags.js';
import { inputLimit, overLimit } from '../input-limit.js';
import { createInterrupt } from '../interrupt.js';
import type { CommandIO } from '../io.js';
import { writeFailure } from '../output.js';
import { createProgress } from '../progress.js';
import { checkRegularFile, readFailure } from '../read-input.js';
import { refuseOutputOverInput } from '../same-file.js';
import { BATCH } from '../specs/batch.js';

/** Records between two checkpoints of a run's input hash. */
const CHECKPOINT_EVERY = 256;

interface Summary {
  records: number;
  failed: number;
  pairs: number;
  beads: number;
  kinds: Record<string, number>;
}

/**
 * `bitekst batch`: aligns (and checks, or pairs) every record of a JSONL file, on every core,
 * streaming, with output in input order. Output goes to OUTPUT.partial and is renamed to OUTPUT
 * when complete, so an interrupted run never leaves a file that looks finished; `--resume`
 * continues a partial file without duplicating or losing records. Exit 0 when every record was
 * aligned, 5 when the run finished but some records are error records.
 */
export async function runBatch(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(BATCH, args);
  const input = positionals[0]!;
  if (typeof values.output !== 'string') throw new BitekstError('E_USAGE', 'batch: expected -o OUTPUT.jsonl (- for standard output)\nrun "bitekst batch --help" for its options');
  const output = values.output;
  const toStdout = output === '-';
  const resume = values.resume === true;
  if (toStdout && resume) throw new BitekstError('E_USAGE', '--resume: needs an output file to resume, found -o -');
  const jobs = integerFlag(values.jobs, 'jobs', { min: 1, max: 1024 }) ?? availableParallelism();
  const maxCells = integerFlag(values['max-cells'], 'max-cells', { min: 1 });
  const workerMemory = integerFlag(values['worker-memory'], 'worker-memory', { min: 16 });
  const maxLineBytes = inputLimit(values);
  const shardText = typeof values.shard === 'string' ? values.shard : '1/1';
  const shard: Shard = parseShard(shardText);
  const options: BatchOptions = {
    sourceLang: languageFlag(values['source-lang'], 'source-lang', 'nb'),
    targetLang: languageFlag(values['target-lang'], 'target-lang', 'en'),
    check: values['no-check'] !== true,
    ...(maxCells === undefined ? {} : { maxCells }),
  };
  const fromStdin = input === '-';
  if (!fromStdin) {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
      throw new BitekstError('E_INPUT', `${input}: cannot read: ${readFailure(error)}`);
    });
    checkRegularFile(input, info);
  }
  const partial = `${output}.partial`;
  if (!toStdout) await refuseOutputOverInput([input], [output, partial, statePath(partial)]);
  // Resuming is keyed by position: output line k is the k-th selected input record, whatever
  // the ids (duplicates included); the ids written, and the checkpoint's hash of the input read
  // by then, are checked against the input as it is now.
  const recovered = resume ? await recoverPartial(partial) : { ids: [], failed: 0 };
  const done = recovered.ids;
  const state = resume && done.length > 0 ? await readState(partial) : undefined;
  if (state !== undefined && state.shard !== shardText) throw new BitekstError('E_USAGE', `--shard: the interrupted run was shard ${state.shard}, found ${shardText}; resume with the same shard`);
  if (state !== undefined && state.records > done.length) throw new BitekstError('E_INPUT', `${partial}: holds ${done.length} records, its checkpoint ${state.records}: the partial output was cut; remove ${partial} to start again`);
  if (!toStdout && !(resume && existsSync(partial))) {
    await writeFile(partial, '').catch((error: NodeJS.ErrnoException) => {
      throw new BitekstError('E_INPUT', writeFailure(output, error));
    });
    await removeState(partial);
  }
  const sink = toStdout ? process.stdout : createWriteStream(partial, { flags: 'a' });
  let sinkError: Error | undefined;
  if (!toStdout) sink.on('error', (error) => (sinkError ??= error));
  const summary: Summary = { records: 0, failed: 0, pairs: 0, beads: 0, kinds: {} };
  const showProgress = io.isTTY && values.quiet !== true;
  const total = showProgress && !fromStdin ? await countLines(input) : undefined;
  const bar = showProgress ? createProgress('batch', 'records', { write: io.status }) : undefined;
  const progress = (count: number) => bar?.update(count, total);
  const hash = createInputHash();
  // Checkpoints: the input hash at every 256th record, taken as the reader passes it and
  // written once that record's line has reached the partial file.
  const checkpoints = new Map<number, BatchState>();
  let checkpointing = Promise.resolve();
  const write = (result: BatchOutput) => {
    if (sinkError !== undefined) throw sinkError;
    summary.records += 1;
    if (!result.ok) summary.failed += 1;
    summary.pairs += result.stats.pairs;
    summary.beads += result.stats.beads;
    for (const [kind, count] of Object.entries(result.stats.kinds)) summary.kinds[kind] = (summary.kinds[kind] ?? 0) + (count ?? 0);
    const index = done.length + summary.records;
    const checkpoint = checkpoints.get(index);
    checkpoints.delete(index);
    return new Promise<void>((resolve, reject) => {
      const flushed = (error?: Error | null) => {
        if (error) return reject(error);
        if (checkpoint !== undefined && !toStdout) checkpointing = checkpointing.then(() => writeState(partial, checkpoint));
      };
      if (sink.write(`${result.line}\n`, flushed)) resolve();
      else {
        const onError = (error: Error) => reject(error);
        sink.once('error', onError);
        sink.once('drain', () => {
          sink.off('error', onError);
          resolve();
        });
      }
    });
  };
  const interrupt = createInterrupt(io);
  const duplicates = createDuplicateIds();
  let duplicateCount = 0;
  let firstDuplicate: string | undefined;
  const source = fromStdin ? process.stdin : createReadStream(input);
  let skipped = 0;
  let emitted = 0;
  let lastPosition = -1;
  let verified = state === undefined;
  const selected = async function* (): AsyncGenerator<PoolRecord> {
    for await (const line of readLines(source as AsyncIterable<Uint8Array>, maxLineBytes)) {
      if (interrupt.stopping) break;
      const { position } = line;
      hash.add(line.kind === 'too-long' ? undefined : line.bytes, line.kind === 'too-long' ? line.length : line.bytes.length);
      lastPosition = position;
      if (!verified && position + 1 === state!.line) {
        verified = true;
        if (hash.digest() !== state!.sha256 || skipped + (isRecord(line) && inShard(shard, idOf(line), position) ? 1 : 0) !== state!.records) {
          throw new BitekstError('E_INPUT', `${input}: changed since the interrupted run: its first ${state!.line} lines are not those the run read (their SHA-256 differs); remove ${partial} to start again`);
        }
      }
      if (!isRecord(line)) continue;
      const id = idOf(line);
      if (!inShard(shard, id, position)) continue;
      // A record without a readable id is known by its line, as its output record is.
      const name = id ?? `line-${position + 1}`;
      if (id !== undefined && duplicates.seen(id) === true) {
        duplicateCount += 1;
        firstDuplicate ??= `"${id}" (line ${position + 1})`;
      }
      if (skipped < done.length) {
        const expected = done[skipped]!;
        // A record that fails before its id is read (broken JSON) is written as line-N.
        if (expected !== name && expected !== `line-${position + 1}`) {
          throw new BitekstError('E_INPUT', `${input}: changed since the interrupted run: record ${skipped + 1} of the output is "${expected}", line ${position + 1} of the input is "${name}"; remove ${partial} to start again`);
        }
        skipped += 1;
        continue;
      }
      const index = done.length + ++emitted;
      if (index % CHECKPOINT_EVERY === 0) checkpoints.set(index, { records: index, line: position + 1, sha256: hash.digest(), shard: shardText });
      yield line.kind === 'text' ? { position, line: line.text } : { position, output: unreadableRecord(line, maxLineBytes) };
    }
    if (!verified && !interrupt.stopping) throw new BitekstError('E_INPUT', `${input}: changed since the interrupted run: it has fewer than the ${state!.line} lines the run read; remove ${partial} to start again`);
    if (skipped < done.length && !interrupt.stopping) {
      throw new BitekstError('E_INPUT', `${input}: changed since the interrupted run: ${partial} holds ${done.length} records, the input only ${skipped}; remove ${partial} to start again`);
    }
  };
  try {
    if (jobs === 1) {
      for await (const record of selected()) {
        await write('output' in record ? record.output : processRecord(record.line, record.position, options));
        progress(summary.records + done.length);
      }
    } else {
      const limits = workerMemory === undefined ? {} : { maxOldGenerationSizeMb: workerMemory };
      await runPool(selected(), jobs, options, async (result) => {
        await write(result);
        progress(summary.records + done.length);
      }, limits);
    }
    if (toStdout) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    else await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
    if (sinkError !== undefined) throw sinkError;
  } catch (error) {
    if (!toStdout) (sink as WriteStream).destroy();
    if (isBitekstError(error)) throw error;
    throw new BitekstError('E_INPUT', `${writeFailure(toStdout ? 'standard output' : partial, error)}; the records written so far are kept there, and --resume continues after them`, { cause: error });
  } finally {
    interrupt.dispose();
    bar?.end();
  }
  await checkpointing;
  const kinds = Object.entries(summary.kinds).map(([kind, count]) => `${count} ${kind}`).join(', ');
  const line = `${plural(summary.records, 'record')}${done.length > 0 ? ` (and ${done.length} done before${recovered.failed > 0 ? `, ${recovered.failed} of them failed` : ''})` : ''}: ${summary.records - summary.failed} aligned, ${summary.failed} failed; ${plural(summary.pairs, 'pair')}, ${plural(summary.beads, 'bead')}${kinds ? `; findings: ${kinds}` : ''}`;
  if (duplicateCount > 0) {
    io.warn(`${plural(duplicateCount, 'record')} reuse${duplicateCount === 1 ? 's' : ''} the id of an earlier record (the first: ${firstDuplicate}); each is kept, in its place, but ids no longer name one record`);
  }
  if (duplicates.full) io.warn(`ids were checked for duplicates over the first ${MAX_TRACKED_IDS.toLocaleString('en')} records only`);
  if (interrupt.stopping) {
    if (!toStdout) await writeState(partial, { records: done.length + summary.records, line: lastPosition + 1, sha256: hash.digest(), shard: shardText });
    io.warn(`interrupted: ${line}${toStdout ? '' : `; the records written are in ${partial}, and --resume continues after them`}`);
    return interrupt.code;
  }
  if (!toStdout) {
    await rename(partial, output).catch((error: unknown) => {
      throw new BitekstError('E_INPUT', `${writeFailure(output, error)}; the complete output is in ${partial}`, { cause: error });
    });
    await removeState(partial);
  }
  io.warn(line);
  // The exit code speaks for the whole output: failures written before a resume count too.
  return summary.failed + recovered.failed > 0 ? EXIT.failedRecords : EXIT.ok;
}

/** Whether a line is a record: anything but a blank line (unreadable lines are records that fail). */
function isRecord(line: InputLine): boolean {
  return line.kind !== 'text' || line.text.trim() !== '';
}

/** The id of a readable record, as its output will carry it. */
function idOf(line: InputLine): string | undefined {
  return line.kind === 'text' ? peekId(line.text) : undefined;
}

/** The error record of a line that could not be read as text: not UTF-8, or past the input limit. */
function unreadableRecord(line: Exclude<InputLine, { kind: 'text' }>, limit: number): BatchOutput {
  const id = `line-${line.position + 1}`;
  if (line.kind === 'too-long') return errorRecord(id, 'E_BUDGET', overLimit(`line ${line.position + 1} at byte ${line.offset} (${line.length} bytes)`, limit).message);
  return errorRecord(id, 'E_INPUT', `line ${line.position + 1} at byte ${line.offset} (byte ${line.column} of the line): expected UTF-8 text, found invalid or truncated UTF-8`);
}

async function countLines(path: string): Promise<number> {
  let count = 0;
  for await (const chunk of createReadStream(path)) for (const byte of chunk as Buffer) if (byte === 10) count += 1;
  return count;
}
