import { describe, expect, it } from 'vitest';
import { BitekstError } from '../../src/errors.js';
import { validateText } from '../../src/text/validate-text.js';

/** The error `validateText` throws for `value`, or a failure when it accepts it. */
function refusal(value: unknown, what?: string): BitekstError {
  try {
    validateText(value, what);
  } catch (error) {
    expect(error).toBeInstanceOf(BitekstError);
    return error as BitekstError;
  }
  return expect.unreachable(`validateText accepted ${JSON.stringify(value)}`);
}

describe('validateText', () => {
  it('accepts text with tabs, line breaks, form feeds and any Unicode', () => {
    expect(() => validateText('Hei!\tDu.\r\nNy side\f«Blåbær» 😀 漢字')).not.toThrow();
    expect(() => validateText('')).not.toThrow();
  });

  it('refuses what is not a string with E_INPUT, naming what was found', () => {
    expect(refusal(42)).toMatchObject({ code: 'E_INPUT', message: 'text: expected a string, found number' });
    expect(refusal(null, 'source')).toMatchObject({ code: 'E_INPUT', message: 'source: expected a string, found null' });
    expect(refusal(undefined).code).toBe('E_INPUT');
    expect(refusal(new Uint8Array([104, 105])).message).toBe('text: expected a string, found object');
  });

  it('refuses a NUL character with E_INPUT and its line, column and offset', () => {
    const error = refusal('Første linje.\nTo\u0000tre', 'target');
    expect(error).toMatchObject({ code: 'E_INPUT', line: 2, column: 3, offset: 16 });
    expect(error.message).toBe('target at line 2, column 3: expected text, found a NUL byte (binary data?)');
  });

  it('refuses a single NUL however long the text around it', () => {
    expect(refusal('a'.repeat(10_000) + '\u0000')).toMatchObject({ code: 'E_INPUT', line: 1, column: 10_001, offset: 10_000 });
  });

  it('refuses more than 1 % control characters, located at the first', () => {
    const error = refusal('ok\n\u0001\u0002abc');
    expect(error).toMatchObject({ code: 'E_INPUT', line: 2, column: 1, offset: 3 });
    expect(error.message).toMatch(/found 2 control characters/);
  });

  it('lets a stray control character through in enough text', () => {
    // One in 100 is exactly 1 %, which is still text.
    expect(() => validateText('a'.repeat(99) + '\u001b')).not.toThrow();
    expect(refusal('a'.repeat(98) + '\u001b').code).toBe('E_INPUT');
    // DEL and C1 controls are not C0 controls.
    expect(() => validateText('a\u007f\u0085b')).not.toThrow();
  });
});
