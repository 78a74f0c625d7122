import { describe, expect, it } from 'vitest';
import { BitekstError, isBitekstError, locate } from '../src/errors.js';

describe('BitekstError', () => {
  it('carries its name, code, location and cause', () => {
    const cause = new RangeError('inner');
    const error = new BitekstError('E_TSV', 'TSV at line 3: expected a score', { line: 3, column: 1, offset: 40, cause });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'BitekstError', code: 'E_TSV', message: 'TSV at line 3: expected a score', line: 3, column: 1, offset: 40 });
    expect(error.cause).toBe(cause);
    expect(String(error)).toBe('BitekstError: TSV at line 3: expected a score');
  });

  it('sets no location or cause it was not given', () => {
    const error = new BitekstError('E_USAGE', 'bad option');
    expect([error.line, error.column, error.offset, error.cause]).toEqual([undefined, undefined, undefined, undefined]);
    expect('cause' in error).toBe(false);
  });
});

describe('isBitekstError', () => {
  it('recognises bitekst errors, also from another copy of the package', () => {
    expect(isBitekstError(new BitekstError('E_INPUT', 'x'))).toBe(true);
    // As a structured clone or another realm would hand it over: no shared prototype.
    expect(isBitekstError({ name: 'BitekstError', code: 'E_INPUT', message: 'x' })).toBe(true);
  });

  it('rejects other errors and values', () => {
    expect(isBitekstError(new Error('x'))).toBe(false);
    expect(isBitekstError(Object.assign(new Error('x'), { code: 'E_INPUT' }))).toBe(false);
    expect(isBitekstError({ name: 'BitekstError' })).toBe(false);
    expect(isBitekstError({ name: 'BitekstError', code: 3 })).toBe(false);
    for (const value of [null, undefined, 'BitekstError', 0]) expect(isBitekstError(value)).toBe(false);
  });
});

describe('locate', () => {
  it('gives the 1-based line and column of an offset', () => {
    const text = 'ab\ncd\n\nef';
    expect(locate(text, 0)).toEqual({ line: 1, column: 1 });
    expect(locate(text, 2)).toEqual({ line: 1, column: 3 }); // the line break ends line 1
    expect(locate(text, 3)).toEqual({ line: 2, column: 1 });
    expect(locate(text, 6)).toEqual({ line: 3, column: 1 });
    expect(locate(text, 8)).toEqual({ line: 4, column: 2 });
  });

  it('counts a CRLF as one line break and columns in UTF-16 code units', () => {
    expect(locate('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
    expect(locate('😀x', 2)).toEqual({ line: 1, column: 3 });
  });
});
