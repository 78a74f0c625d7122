import { BitekstError, locate } from '../errors.js';

/**
 * Share of control characters (C0 controls that are not white space) above which a string is
 * taken to be binary data rather than text, once there are {@link MIN_BINARY_CONTROLS} of them.
 */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Fewest control characters that make a string binary. Text copied from a terminal or exported
 * by a word processor carries a few stray ones (an ESC of a colour code, a backspace), which say
 * nothing about the rest; binary data read as text has them throughout.
 */
const MIN_BINARY_CONTROLS = 8;

/** What the scan of one string found: the first offending character and the control count. */
interface Scan {
  /** Offset of the first NUL or lone surrogate, or -1. */
  fatal: number;
  /** Offset of the first control character, or -1. */
  firstControl: number;
  controls: number;
}

/**
 * Whether a UTF-16 code unit is a control character that text does not carry: C0 controls
 * other than the white-space ones (tab, line feed, vertical tab, form feed, carriage return:
 * Word writes its manual line break as a vertical tab, `pdftotext` its page break as a form feed).
 */
function isControl(code: number): boolean {
  return code < 32 && (code < 9 || code > 13);
}

function scan(text: string): Scan {
  let fatal = -1;
  let firstControl = -1;
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 32) {
      if (code === 0) return { fatal: index, firstControl, controls };
      if (isControl(code)) {
        if (firstControl === -1) firstControl = index;
        controls += 1;
      }
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // A high surrogate must be followed by a low one; a low one must follow a high one (the
      // pair is skipped as a whole, so a low one met here is alone).
      const next = text.charCodeAt(index + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index += 1;
      else return { fatal: index, firstControl, controls };
    }
  }
  return { fatal, firstControl, controls };
}

function describe(text: string, offset: number): string {
  return text.charCodeAt(offset) === 0
    ? 'a NUL byte (binary data?)'
    : `a lone surrogate U+${text.charCodeAt(offset).toString(16).toUpperCase()} (no UTF-8 file can hold it)`;
}

/**
 * Checks that `text` is a string of text, not binary data read as a string. This is bitekst's one
 * input rule, applied to every text it is given (a document, pre-segmented lines, the sentences
 * of an exchange file), and every format writes and reads back every string it accepts:
 *
 * - a NUL character is refused (binary data);
 * - a lone surrogate (half of a UTF-16 pair) is refused: no UTF-8 file can hold it, so no
 *   exchange format can write it;
 * - control characters other than white space (tab, line feed, vertical tab, form feed, carriage
 *   return) are accepted, unless there are at least 8 of them and they make more than 1 % of the
 *   text, which is binary data rather than text with a stray one.
 *
 * @throws {BitekstError} `E_INPUT` when `text` is not a string or breaks the rule; the error
 * carries the line, column and offset of the first offending character.
 */
export function validateText(text: unknown, what = 'text'): asserts text is string {
  if (typeof text !== 'string') {
    throw new BitekstError('E_INPUT', `${what}: expected a string, found ${text === null ? 'null' : typeof text}`);
  }
  const found = scan(text);
  if (found.fatal !== -1) refuse(text, found.fatal, what, describe(text, found.fatal));
  if (isBinary(found.controls, text.length)) refuse(text, found.firstControl, what, `${found.controls} control characters (binary data?)`);
}

function isBinary(controls: number, length: number): boolean {
  return controls >= MIN_BINARY_CONTROLS && controls / Math.max(1, length) > MAX_CONTROL_SHARE;
}

function refuse(text: string, offset: number, what: string, found: string): never {
  const { line, column } = locate(text, offset);
  throw new BitekstError('E_INPUT', `${what} at line ${line}, column ${column}: expected text, found ${found}`, { line, column, offset });
}

/**
 * {@link validateText} for a list of sentences or pre-segmented lines: the same rule, applied to
 * them as one text, the lines joined by line feeds (it refuses the list exactly when
 * `validateText` refuses the joined text), with the offending item named by its 0-based index.
 *
 * @throws {BitekstError} `E_INPUT` when `lines` is not an array of strings or breaks the rule;
 * `offset` is then the offset inside the offending item.
 */
export function validateLines(lines: unknown, what = 'lines'): asserts lines is string[] {
  if (!Array.isArray(lines)) throw new BitekstError('E_INPUT', `${what}: expected an array of strings, found ${lines === null ? 'null' : typeof lines}`);
  let controls = 0;
  let length = 0;
  let first: { item: number; offset: number } | undefined;
  lines.forEach((line: unknown, item: number) => {
    if (typeof line !== 'string') throw new BitekstError('E_INPUT', `${what}[${item}]: expected a string, found ${line === null ? 'null' : typeof line}`);
    const found = scan(line);
    if (found.fatal !== -1) throw new BitekstError('E_INPUT', `${what}[${item}] at column ${found.fatal + 1}: expected text, found ${describe(line, found.fatal)}`, { column: found.fatal + 1, offset: found.fatal });
    if (first === undefined && found.firstControl !== -1) first = { item, offset: found.firstControl };
    controls += found.controls;
    length += line.length + (item === 0 ? 0 : 1);
  });
  if (first !== undefined && isBinary(controls, length)) {
    throw new BitekstError('E_INPUT', `${what}[${first.item}] at column ${first.offset + 1}: expected text, found ${controls} control characters (binary data?)`, {
      column: first.offset + 1,
      offset: first.offset,
    });
  }
}
