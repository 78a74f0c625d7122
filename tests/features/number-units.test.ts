import { describe, expect, it } from 'vitest';
import { readCenturies, readUnits, spreadRanges } from '../../src/features/number-units.js';
import type { NumberMention } from '../../src/index.js';

describe('number units', () => {
  it('reads the unit after a number, past its scale word, or the currency before it', () => {
    expect(readUnits('5', ' km to go', 'nb', undefined, 'cardinal')).toEqual(['length:km']);
    expect(readUnits('125 millioner', ' pund', 'nb', undefined, 'cardinal')).toEqual(['mass:lb', 'money:gbp']);
    expect(readUnits('125 millioner', ' pund', 'nb', 'money:gbp', 'cardinal')).toEqual(['money:gbp']);
    expect(readUnits('125m', ' deal', 'en', 'money:gbp', 'cardinal')).toEqual(['money:gbp']);
    expect(readUnits('1994', ' km', 'nb', undefined, 'year')).toEqual([]);
  });

  it('reads a century as the year that opens it', () => {
    const mentions: NumberMention[] = [{ start: 4, end: 8, text: '19th', value: 19, kind: 'ordinal' }];
    readCenturies('the 19th century', mentions);
    expect(mentions[0]).toMatchObject({ value: 1800, kind: 'decade', text: '19th century' });
  });

  it('gives the first number of a range the unit and scale of the second', () => {
    const mentions: NumberMention[] = [
      { start: 0, end: 1, text: '2', value: 2, kind: 'cardinal' },
      { start: 2, end: 13, text: '3 millioner', value: 3e6, kind: 'cardinal', unscaled: 3 },
    ];
    spreadRanges('2–3 millioner', mentions);
    expect(mentions[0]).toMatchObject({ value: 2e6, unscaled: 2 });
  });
});
