import { BitekstError } from '../errors.js';

/** A slice of a corpus: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Reads `K/N` (shard K of N, 1-based).
 *
 * @throws {BitekstError} `E_USAGE` for anything else.
 */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index < 1 || index > count) throw new BitekstError('E_USAGE', `--shard: expected K/N with 1 ≤ K ≤ N, found "${text}"`);
  return { index, count };
}

/**
 * Whether a record belongs to a shard: a hash of its id (FNV-1a) modulo the shard count, so that
 * N machines given the same input, each with its own K, split it with no coordination, and a
 * record stays in its shard however the input is ordered. A record without an id is placed by
 * its line instead.
 */
export function inShard(shard: Shard, id: string | undefined, position: number): boolean {
  if (shard.count === 1) return true;
  let hash = 0x811c9dc5;
  const key = id ?? `#${position}`;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shard.count === shard.index - 1;
}

/** The id of a JSONL record, read cheaply (without the full parse the worker will do). */
export function peekId(line: string): string | undefined {
  const match = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/.exec(line);
  if (match === null) return undefined;
  try {
    return String(JSON.parse(match[1]!));
  } catch {
    return undefined;
  }
}
