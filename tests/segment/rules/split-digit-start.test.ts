import { describe, expect, it } from 'vitest';
import { abbreviationsFor } from '../../../src/segment/data/abbreviations.js';
import { findDigitStartBreaks } from '../../../src/segment/rules/split-digit-start.js';

const breaks = (text: string, lang: 'nb' | 'en') => findDigitStartBreaks(text, abbreviationsFor(lang)).map((at) => text.slice(at, at + 3));

describe('findDigitStartBreaks', () => {
  it('breaks before a number after a word that ends a sentence', () => {
    expect(breaks('Han satt i en leir. 20 timer senere var han fri.', 'nb')).toEqual(['20 ']);
    expect(breaks('He left the pub. 75-year-old Agnes stayed.', 'en')).toEqual(['75-']);
  });

  it('does not break after ordinals, decimals, abbreviations and initials', () => {
    expect(breaks('På 3. plass kl. 14.30 i nr. 5, s. 12 og str. 24.', 'nb')).toEqual([]);
    expect(breaks('See p. 12, No. 5, ext. 4521 and J. 3.', 'en')).toEqual([]);
  });
});
