import { describe, expect, it } from 'vitest';
import { COGNATE_LETTERS, INDEX_COGNATE_LETTERS, cognateKey } from '../../src/analysis/cognate.js';

describe('cognateKey', () => {
  it('is the first four letters of the transliteration key', () => {
    expect(COGNATE_LETTERS).toBe(4);
    expect(cognateKey('Aserbajdsjan', 'nb')).toBe('aser');
    expect(cognateKey('Azerbaijan', 'en')).toBe('aser');
    expect(cognateKey('Parlamentet', 'nb')).toBe('parl');
    expect(cognateKey('parliament', 'en')).toBe('parl');
  });

  it('keeps a short acronym whole', () => {
    expect(cognateKey('NRK', 'nb')).toBe('nrk');
    // A gazetteer acronym maps to its canonical name first: EU is Europe's.
    expect(cognateKey('EU', 'nb')).toBe('euro');
    expect(cognateKey('FN', 'nb')).toBe('unit'); // the United Nations
    expect(cognateKey('NATO', 'en')).toBe('nato');
  });

  it('gives short ordinary words no key', () => {
    expect(cognateKey('og', 'nb')).toBeUndefined();
    expect(cognateKey('the', 'en')).toBeUndefined();
    expect(cognateKey('Ola', 'nb')).toBeUndefined();
    expect(cognateKey('A', 'en')).toBeUndefined();
  });

  it('takes the number of letters as an argument', () => {
    expect(INDEX_COGNATE_LETTERS).toBe(5);
    expect(cognateKey('parliament', 'en', INDEX_COGNATE_LETTERS)).toBe('parli');
    expect(cognateKey('Oslo', 'nb', 5)).toBeUndefined();
    expect(cognateKey('Oslo', 'nb', 4)).toBe('oslo');
    expect(cognateKey('NRK', 'nb', 5)).toBe('nrk');
  });
});
