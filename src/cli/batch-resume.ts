import { createHash, type Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, truncate, writeFile } from 'node:fs/promises';
import { BitekstError } from '../errors.js';

/**
 * A checkpoint of a batch run, kept beside its partial output as `OUTPUT.partial.state`: after
 * `records` output lines had reached the partial file, the input had been read through line
 * `line` (1-based), and the SHA-256 of those input lines was `sha256`. A resume re-reads the
 * input, and refuses to go on when that prefix hashes differently (the input changed).
 */
export interface BatchState {
  records: number;
  line: number;
  sha256: string;
  /** The `--shard` of the run, `K/N`. */
  shard: string;
}

/** Where the checkpoint of the partial output `partial` is kept. */
export const statePath = (partial: string) => `${partial}.state`;

/** What a partial output already holds: its records' ids in order, and how many are error records. */
export interface RecoveredPartial {
  ids: string[];
  failed: number;
}

/**
 * The ids of the records already written to a partial output, in order (one per line, so line k
 * is the k-th record of the run), and the number of error records among them (so that a resumed
 * run reports, and exits on, the failures of the whole output); a last line cut off mid-write is
 * removed.
 */
export async function recoverPartial(partial: string): Promise<RecoveredPartial> {
  const done: string[] = [];
  let failed = 0;
  if (!existsSync(partial)) return { ids: done, failed };
  const text = await readFile(partial, 'utf8');
  // Only whole lines count: a record is complete once its line break is written.
  let kept = 0;
  for (let start = 0, end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start)) {
    const line = text.slice(start, end);
    try {
      const record = JSON.parse(line) as { id?: unknown; error?: unknown };
      done.push(String(record.id));
      if (record.error !== undefined) failed += 1;
      kept = end + 1;
    } catch {
      break;
    }
  }
  await truncate(partial, Buffer.byteLength(text.slice(0, kept)));
  return { ids: done, failed };
}

/** The checkpoint of `partial`, or `undefined` when there is none (a run killed before its first). */
export async function readState(partial: string): Promise<BatchState | undefined> {
  const path = statePath(partial);
  if (!existsSync(path)) return undefined;
  try {
    const state = JSON.parse(await readFile(path, 'utf8')) as BatchState;
    if (!Number.isSafeInteger(state.records) || !Number.isSafeInteger(state.line) || typeof state.sha256 !== 'string') throw new Error('fields missing');
    return state;
  } catch (error) {
    throw new BitekstError('E_INPUT', `${path}: not a bitekst batch checkpoint (${(error as Error).message}); remove it and the partial output to start again`, { cause: error });
  }
}

/** Writes a checkpoint whole or not at all (a temporary file, then renamed). */
export async function writeState(partial: string, state: BatchState): Promise<void> {
  const path = statePath(partial);
  await writeFile(`${path}.tmp`, JSON.stringify(state) + '\n');
  await rename(`${path}.tmp`, path);
}

/** Removes a checkpoint and its temporary file. */
export async function removeState(partial: string): Promise<void> {
  await rm(statePath(partial), { force: true });
  await rm(`${statePath(partial)}.tmp`, { force: true });
}

/** A running SHA-256 of the input lines read so far, whose digest can be taken at any line. */
export interface InputHash {
  add(bytes: Uint8Array | undefined, length: number): void;
  digest(): string;
}

export function createInputHash(): InputHash {
  const hash: Hash = createHash('sha256');
  return {
    // A line's bytes and its end, so that moving a line break changes the hash.
    add(bytes, length) {
      if (bytes === undefined) hash.update(`<${length} bytes>`);
      else hash.update(bytes);
      hash.update('\n');
    },
    digest: () => hash.copy().digest('hex'),
  };
}
