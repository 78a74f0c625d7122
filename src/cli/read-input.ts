import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { BitekstError } from '../errors.js';
import { detectUtf16WithoutBom, firstInvalidUtf8 } from '../text/utf8.js';
import { DEFAULT_MAX_INPUT_MB, overLimit } from './input-limit.js';

/**
 * Reads a text file as a user would expect: UTF-8 (with or without a byte-order mark) or UTF-16
 * with a byte-order mark. `-` reads standard input. At most `limit` bytes are read: a longer
 * file is refused before it is read, and standard input as soon as it passes the limit, so that
 * an endless stream (`cat /dev/zero |`) stops with `E_BUDGET` instead of exhausting memory.
 *
 * @throws {BitekstError} `E_INPUT` for a missing file, a directory, a file that is not a regular
 * file (a FIFO, a device), or bytes that are not text; `E_BUDGET` past `limit`.
 */
export async function readTextFile(path: string, limit = DEFAULT_MAX_INPUT_MB * 2 ** 20): Promise<string> {
  let bytes: Buffer;
  try {
    if (path === '-') bytes = await readStdin(limit);
    else {
      const info = await stat(path);
      checkRegularFile(path, info);
      if (info.size > limit) throw overLimit(path, limit);
      bytes = await readFile(path);
      if (bytes.length > limit) throw overLimit(path, limit);
    }
  } catch (error) {
    if (error instanceof BitekstError) throw error;
    throw new BitekstError('E_INPUT', `${path}: cannot read: ${readFailure(error)}`, { cause: error });
  }
  return decodeText(bytes, path);
}

/** Why a file could not be read, in words a user can act on. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : String(error);
}

/**
 * Refuses what is not a regular file. A FIFO may never end (or, with no writer, never start), and
 * a device such as `/dev/zero` never ends: named on the command line they are refused, and a
 * stream is read from standard input (`-`), where the input limit applies as it is read.
 *
 * @throws {BitekstError} `E_INPUT`.
 */
export function checkRegularFile(path: string, info: Stats): void {
  if (info.isFile()) return;
  if (info.isDirectory()) throw new BitekstError('E_INPUT', `${path}: expected a file, found a directory`);
  const kind = info.isFIFO() ? 'a FIFO (named pipe)' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a regular file';
  throw new BitekstError('E_INPUT', `${path}: expected a regular file, found ${kind}, which may never end; pipe it to standard input instead (… | bitekst COMMAND -), where the input limit applies`);
}

/** Decodes bytes as UTF-16 (with a byte-order mark) or strict UTF-8. */
export function decodeText(bytes: Uint8Array, what: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16 !== undefined) {
    throw new BitekstError('E_INPUT', `${what}: looks like ${utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} text without a byte-order mark; save it as UTF-8, or as UTF-16 with a byte-order mark`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    const offset = firstInvalidUtf8(bytes);
    // Well-formed UTF-8 that cannot be decoded is too long for one string.
    if (offset === -1) throw new BitekstError('E_BUDGET', `${what}: too large to hold as one string (${bytes.length} bytes)`, { cause: error });
    throw new BitekstError('E_INPUT', `${what} at byte ${offset}: expected UTF-8 text, found invalid or truncated UTF-8 (binary data?)`, {
      offset,
      cause: error,
    });
  }
}

async function readStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      process.stdin.destroy();
      throw overLimit('standard input', limit);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
