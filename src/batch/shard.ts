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

/** A JSON number, as the grammar of RFC 8259 writes it. */
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;

/**
 * The id of a JSONL record, read cheaply (without the full parse the worker will do): the value
 * of the record's own `"id"` key, the top-level one, not that of a document nested in it
 * (`{"sources":[{"id":"a.txt"}],"id":"r1"}` is `r1`), and the last one when the key repeats, as
 * `JSON.parse` reads it. A string id is decoded; a number id reads as `String(value)`, as the
 * worker names the record. `undefined` when there is none, or it is neither string nor number.
 */
export function peekId(line: string): string | undefined {
  let depth = 0;
  let id: string | undefined;
  let found = false;
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code === 0x22 /* " */) {
      const end = stringEnd(line, index);
      if (end === -1) return undefined;
      if (depth === 1 && isKey(line, end)) {
        const key = decodeString(line.slice(index, end + 1));
        if (key === 'id') {
          found = true;
          id = readValue(line, end);
        }
      }
      index = end;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) depth += 1;
    else if (code === 0x7d /* } */ || code === 0x5d /* ] */) depth -= 1;
  }
  return found ? id : undefined;
}

/** The index of the quote that closes the string opened at `start`, or -1. */
function stringEnd(line: string, start: number): number {
  for (let index = start + 1; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code === 0x5c /* \ */) index += 1;
    else if (code === 0x22) return index;
  }
  return -1;
}

/** The index of the first character from `index` on that is not JSON white space. */
function skipSpace(line: string, index: number): number {
  while (index < line.length && ' \t\n\r'.includes(line[index]!)) index += 1;
  return index;
}

/** Whether the string that ends at `end` is a key: a colon follows it. */
function isKey(line: string, end: number): boolean {
  return line[skipSpace(line, end + 1)] === ':';
}

function decodeString(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}

/** The id value after its key's closing quote at `end`: a string or a number, else `undefined`. */
function readValue(line: string, end: number): string | undefined {
  const start = skipSpace(line, skipSpace(line, end + 1) + 1);
  if (line[start] === '"') {
    const close = stringEnd(line, start);
    return close === -1 ? undefined : decodeString(line.slice(start, close + 1));
  }
  const number = NUMBER.exec(line.slice(start, start + 400));
  return number === null ? undefined : String(Number(number[0]));
}
