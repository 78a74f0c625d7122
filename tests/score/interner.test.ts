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

  it('gives a key the same id whether interned whole or as its namespace and the rest', () => {
    const interner = createInterner();
    expect(interner.in('s:', 'hus')).toBe(0);
    expect(interner.id('s:hus')).toBe(0);
    expect(interner.id('t:hus')).toBe(1);
    expect(interner.in('t:', 'hus')).toBe(1);
    expect(interner.id('l:3:4')).toBe(interner.in('l:', '3:4'));
    expect(interner.id('p?')).toBe(interner.in('', 'p?'));
    expect(interner.in('c:', 's:hu')).not.toBe(interner.in('s:', 'hu'));
    expect(interner.size).toBe(6);
  });

  it('tells whether a key has an id without giving it one', () => {
    const interner = createInterner();
    const id = interner.id('s:hus');
    expect(interner.has('s:', 'hus')).toBe(true);
    expect(interner.has('t:', 'hus')).toBe(false);
    expect(interner.has('s:', 'huset')).toBe(false);
    expect(interner.size).toBe(1);
    expect(interner.in('s:', 'hus')).toBe(id);
  });
});
