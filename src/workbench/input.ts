import { BitekstError } from '../errors.js';
import { parseTmx } from '../formats/parse-tmx.js';
import { detectLanguage } from '../text/detect-language.js';
import { validateText } from '../text/validate-text.js';
import { createSession, type Session } from './session.js';
import { parseSession } from './session-file.js';

/**
 * Largest file the page reads, in bytes. A 5,000-sentence book is about 1 MB; past this the
 * browser tab would spend minutes and hundreds of megabytes aligning, so the page refuses the file
 * with a message pointing to `bitekst align`, which streams nothing either but has no tab to freeze.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A file read: a text for one side, or a whole alignment (a bitekst JSON, a saved session, a TMX). */
export type ReadFile =
  | { kind: 'text'; name: string; text: string; lang: string | undefined }
  | { kind: 'alignment'; name: string; session: Session };

/**
 * Decodes a file's bytes as the CLI does: UTF-16 with a byte-order mark, else strict UTF-8 (a
 * byte-order mark dropped).
 *
 * @throws {BitekstError} `E_INPUT` for bytes that are not UTF-8 (a binary file).
 */
export function decodeBytes(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new BitekstError('E_INPUT', `${name}: expected UTF-8 text, found invalid UTF-8 (binary data?)`, { cause: error });
  }
}

/**
 * Refuses a file too large for the page before reading it.
 *
 * @throws {BitekstError} `E_BUDGET` past {@link MAX_FILE_BYTES}.
 */
export function checkFileSize(size: number, name: string): void {
  if (size > MAX_FILE_BYTES) {
    throw new BitekstError('E_BUDGET', `${name}: ${(size / 1024 / 1024).toFixed(1)} MB is more than the workbench reads (${MAX_FILE_BYTES / 1024 / 1024} MB); align it with "bitekst align" instead`);
  }
}

/** What a file is, by its name and then its first characters. */
function sniff(name: string, text: string): 'tmx' | 'json' | 'text' {
  const head = text.slice(0, 200).replace(/^\ufeff/, '').trimStart();
  if (/\.tmx$/i.test(name) || /^<\?xml\b|^<tmx\b|^<!DOCTYPE\s+tmx/i.test(head)) return 'tmx';
  if (/\.json$/i.test(name) || (head.startsWith('{') && /"format"\s*:\s*"bitekst-alignment\//.test(text.slice(0, 2000)))) return 'json';
  return 'text';
}

/**
 * Reads a dropped or chosen file: a TMX (through `parseTmx`, with its refusals: entities and
 * DTDs, malformed XML), a bitekst JSON or saved session (through `parseJson`), or a text for one
 * side, checked by the library's input rule and with its language detected.
 *
 * @throws {BitekstError} `E_INPUT` (binary data, invalid UTF-8), `E_TMX`, `E_JSON`, `E_BUDGET`.
 */
export function readFile(bytes: Uint8Array, name: string): ReadFile {
  checkFileSize(bytes.length, name);
  const text = decodeBytes(bytes, name).replace(/^\ufeff/, '');
  const kind = sniff(name, text);
  if (kind === 'tmx') return { kind: 'alignment', name, session: createSession(parseTmx(text), { source: name, target: name }) };
  if (kind === 'json') return { kind: 'alignment', name, session: parseSession(text, { source: name, target: name }) };
  return { kind: 'text', name, ...readText(text, name) };
}

/**
 * A pasted or read text for one side: checked by the input rule, language detected.
 *
 * @throws {BitekstError} `E_INPUT` for binary data (NUL bytes, control characters throughout),
 * `E_BUDGET` past {@link MAX_FILE_BYTES} characters.
 */
export function readText(text: string, name: string): { text: string; lang: string | undefined } {
  // A pasted text is held to the limit of a file (one UTF-16 unit counted as a byte, a lower bound).
  checkFileSize(text.length, name);
  validateText(text, name);
  return { text, lang: detectLanguage(text).lang };
}

/**
 * Refuses a pair that cannot be aligned: an empty side, or the same text on both sides (the
 * same file dropped twice), which would align perfectly and say nothing.
 *
 * @throws {BitekstError} `E_INPUT`.
 */
export function checkPair(source: string, target: string): void {
  if (source.trim() === '' || target.trim() === '') throw new BitekstError('E_INPUT', `the ${source.trim() === '' ? 'source' : 'target'} is empty: paste or drop a text on each side`);
  if (source.replace(/\s+/g, ' ').trim() === target.replace(/\s+/g, ' ').trim()) {
    throw new BitekstError('E_INPUT', 'the source and the target are the same text (the same file on both sides?): drop the translation on the other side');
  }
}
