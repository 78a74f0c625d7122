import { firstInvalidUtf8 } from '../text/utf8.js';

/** One line of a JSONL stream, as bytes were read. */
export type InputLine =
  | { kind: 'text'; position: number; text: string; bytes: Uint8Array }
  /** Not UTF-8: `offset` is the first bad byte from the start of the stream, `column` from the line's start. */
  | { kind: 'invalid'; position: number; offset: number; column: number; bytes: Uint8Array }
  /** Longer than the limit: its bytes were skipped, not kept. */
  | { kind: 'too-long'; position: number; offset: number; length: number };

/**
 * Splits a byte stream into lines (at line feed; a carriage return before it and a byte-order
 * mark at the start are dropped) and decodes each as strict UTF-8, so that one bad line is one
 * bad record, located by its byte offset, and the lines around it are read as they are.
 * `position` is the 0-based line number. A line longer than `maxLineBytes` is skipped as it is
 * read and reported by its length, so an endless line (`/dev/zero`) costs no memory.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let partLength = 0;
  let tooLong = false;
  let lineStart = 0; // stream offset of the current line's first byte
  let streamOffset = 0; // stream offset of the current chunk's first byte
  let position = 0;
  const finish = (): InputLine => {
    const line: InputLine = tooLong
      ? { kind: 'too-long', position, offset: lineStart, length: partLength }
      : decode(concat(parts, partLength), position, lineStart, decoder);
    parts = [];
    partLength = 0;
    tooLong = false;
    position += 1;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    while (start <= chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      if (end > start) {
        partLength += end - start;
        if (partLength > maxLineBytes) tooLong = true;
        if (!tooLong) parts.push(chunk.subarray(start, end));
        else parts = [];
      }
      if (newline === -1) break;
      yield finish();
      lineStart = streamOffset + newline + 1;
      start = newline + 1;
    }
    streamOffset += chunk.length;
  }
  if (partLength > 0 || tooLong) yield finish();
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!.slice();
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

function decode(bytes: Uint8Array, position: number, lineStart: number, decoder: { decode(bytes: Uint8Array): string }): InputLine {
  let body = bytes;
  if (position === 0 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if (body[body.length - 1] === 0x0d) body = body.subarray(0, -1);
  try {
    return { kind: 'text', position, text: decoder.decode(body), bytes };
  } catch {
    const column = firstInvalidUtf8(body) + (body.byteOffset - bytes.byteOffset);
    return { kind: 'invalid', position, offset: lineStart + column, column, bytes };
  }
}
