import { BitekstError, locate } from '../errors.js';

/**
 * Share of C0 control characters (other than tab, line feed, carriage return and form feed)
 * above which a string is taken to be binary data rather than text.
 */
const MAX_CONTROL_SHARE = 0.01;
/** The control characters counted: C0 except tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/;

/**
 * Checks that `text` is a string of text, not binary data read as a string.
 *
 * Text with a NUL character, or with more than 1 % other control characters, is refused:
 * aligning it would produce garbage without saying so.
 *
 * @throws {BitekstError} `E_INPUT` when `text` is not a string or looks binary; the error carries
 * the line, column and offset of the first offending character.
 */
export function validateText(text: unknown, what = 'text'): asserts text is string {
  if (typeof text !== 'string') {
    throw new BitekstError('E_INPUT', `${what}: expected a string, found ${text === null ? 'null' : typeof text}`);
  }
  // Most text has no control character at all: one regular-expression scan says so quickly.
  if (!CONTROL.test(text)) return;
  let controls = 0;
  let first = -1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) {
      if (first === -1) first = index;
      if (code === 0) {
        const { line, column } = locate(text, index);
        throw new BitekstError(
          'E_INPUT',
          `${what} at line ${line}, column ${column}: expected text, found a NUL byte (binary data?)`,
          { line, column, offset: index },
        );
      }
      controls += 1;
    }
  }
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    const { line, column } = locate(text, first);
    throw new BitekstError(
      'E_INPUT',
      `${what} at line ${line}, column ${column}: expected text, found ${controls} control characters (binary data?)`,
      { line, column, offset: first },
    );
  }
}
