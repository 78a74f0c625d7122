import { describe, expect, it } from 'vitest';
import { createInterner } from '../../src/score/interner.js';

describe('createInterner', () => {
  it('gives each distinct string the next id and the same id again', () => {
    const interner = createInterner();
    expect(interner.size).toBe(0);
    expect(interner.id('a')).toBe(0);
    expect(interner.id('b')).toBe(1);
    expect(interner.id('a')).toBe(0);
    expect(interner.size).toBe(2);
  });

  it('keeps interners apart', () => {
    const one = createInterner();
    const two = createInterner();
    one.id('x');
    expect(two.id('y')).toBe(0);
    expect(two.size).toBe(1);
  });
});
