import { readFile, stat } from 'node:fs/promises';
import { BitekstError } from '../errors.js';

/**
 * Reads a text file as a user would expect: UTF-8 (with or without a byte-order mark) or UTF-16
 * with a byte-order mark. `-` reads standard input.
 *
 * @throws {BitekstError} `E_INPUT` for a missing file, a directory, or bytes that are not text.
 */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    if (path === '-') bytes = await readStdin();
    else {
      const info = await stat(path);
      if (info.isDirectory()) throw new BitekstError('E_INPUT', `${path}: expected a file, found a directory`);
      bytes = await readFile(path);
    }
  } catch (error) {
    if (error instanceof BitekstError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new BitekstError('E_INPUT', `${path}: cannot read: ${reason}`, { cause: error });
  }
  return decodeText(bytes, path);
}

/** Decodes bytes as UTF-16 (with a byte-order mark) or strict UTF-8. */
export function decodeText(bytes: Uint8Array, what: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    const offset = firstInvalidUtf8(bytes);
    throw new BitekstError('E_INPUT', `${what} at byte ${offset}: expected UTF-8 text, found invalid or truncated UTF-8 (binary data?)`, {
      offset,
      cause: error,
    });
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search for the shortest invalid prefix; a prefix cut inside a character is also invalid,
  // so the answer is within three bytes of the true position.
  while (low < high) {
    const middle = (low + high) >>> 1;
    try {
      decoder.decode(bytes.subarray(0, middle + 1));
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  return Math.max(0, low - 3);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
