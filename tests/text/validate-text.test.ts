import { describe, expect, it } from 'vitest';
import { BitekstError } from '../../src/errors.js';
import { validateLines, validateText } from '../../src/text/validate-text.js';

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

  it('refuses 8 or more control characters making more than 1 % of the text, located at the first', () => {
    const error = refusal('ok\n' + '\u0001\u0002'.repeat(4) + 'abc');
    expect(error).toMatchObject({ code: 'E_INPUT', line: 2, column: 1, offset: 3 });
    expect(error.message).toMatch(/found 8 control characters/);
    // 400 characters of binary data, no NUL among them.
    const binary = String.fromCharCode(...Array.from({ length: 400 }, (_, index) => 1 + ((index * 37) % 255)));
    expect(refusal(binary).code).toBe('E_INPUT');
  });

  it('lets stray control characters through: a few in a short text, or 1 % of a long one', () => {
    // A colour code copied from a terminal, a backspace: a few say nothing about the rest.
    expect(() => validateText('\u001b[31mRødt\u001b[0m og\bx')).not.toThrow();
    expect(() => validateText('\u0001\u0002\u0003\u0004\u0005\u0006\u0007')).not.toThrow();
    // One in 100 is exactly 1 %, which is still text.
    expect(() => validateText('a'.repeat(792) + '\u001b'.repeat(8))).not.toThrow();
    expect(refusal('a'.repeat(791) + '\u001b'.repeat(8)).code).toBe('E_INPUT');
    // White space is no control character: vertical tabs (Word's manual line break) and form feeds.
    expect(() => validateText('\u000b\u000c'.repeat(50))).not.toThrow();
    // DEL and C1 controls are not C0 controls.
    expect(() => validateText('a\u007f\u0085b'.repeat(20))).not.toThrow();
  });

  it('refuses a lone surrogate, which no UTF-8 file can hold, with its location', () => {
    for (const [text, offset] of [['a\ud800b', 1], ['ab\udc00', 2], ['😀\ud83d', 2], ['\udc00\ud800', 0]] as const) {
      const error = refusal(text, 'source');
      expect(error, JSON.stringify(text)).toMatchObject({ code: 'E_INPUT', offset, line: 1, column: offset + 1 });
      expect(error.message).toMatch(/lone surrogate U\+D[89A-F][0-9A-F]{2} \(no UTF-8 file/);
    }
    expect(() => validateText('😀漢\ud83d\ude00')).not.toThrow();
  });
});

describe('validateLines', () => {
  it('applies the same rule to a list of lines, naming the item', () => {
    expect(() => validateLines(['Hei.', '', '\u001b[0m', '😀'])).not.toThrow();
    expect(() => validateLines([])).not.toThrow();
    expect(() => validateLines(['a', 'b\u0000'], 'source')).toThrow(expect.objectContaining({ code: 'E_INPUT', message: 'source[1] at column 2: expected text, found a NUL byte (binary data?)', offset: 1 }));
    expect(() => validateLines(['a', '\ud800'])).toThrow(expect.objectContaining({ code: 'E_INPUT', offset: 0 }));
  });

  it('takes the control-character share over the whole list, as for one text', () => {
    // Eight one-character lines of controls are binary data, as the same characters in one text.
    expect(() => validateLines(Array.from({ length: 8 }, () => '\u0001'))).toThrow(expect.objectContaining({ code: 'E_INPUT', message: expect.stringMatching(/^lines\[0\]/) }));
    expect(() => validateLines([...Array.from({ length: 8 }, () => '\u0001'), 'a'.repeat(2000)])).not.toThrow();
  });

  it('refuses what is not an array of strings with E_INPUT', () => {
    expect(() => validateLines('text')).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
    expect(() => validateLines(['a', null])).toThrow(expect.objectContaining({ code: 'E_INPUT', message: 'lines[1]: expected a string, found null' }));
  });
});
