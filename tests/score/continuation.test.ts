import { describe, expect, it } from 'vitest';
import { isContinuation } from '../../src/score/continuation.js';

describe('isContinuation', () => {
  it('marks a sentence whose first letter is lower case, after opening punctuation', () => {
    expect(isContinuation('og så gikk de hjem.')).toBe(true);
    expect(isContinuation('«sa hun til slutt.')).toBe(true);
    expect(isContinuation('… and then the lights went out.')).toBe(true);
    expect(isContinuation('(eller kanskje ikke)')).toBe(true);
  });

  it('does not mark a capitalised sentence, one starting with a number, or an empty one', () => {
    expect(isContinuation('Så gikk de hjem.')).toBe(false);
    expect(isContinuation('«Nei», sa hun.')).toBe(false);
    expect(isContinuation('12 personer ble skadet.')).toBe(false);
    expect(isContinuation('')).toBe(false);
  });
});
