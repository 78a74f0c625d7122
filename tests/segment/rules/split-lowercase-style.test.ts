import { describe, expect, it } from 'vitest';
import { abbreviationsFor } from '../../../src/segment/data/abbreviations.js';
import { findLowercaseStarts } from '../../../src/segment/rules/split-lowercase-style.js';

const read = (text: string, lang: 'nb' | 'en' = 'en') => findLowercaseStarts(text, abbreviationsFor(lang));

describe('findLowercaseStarts', () => {
  it('finds lower-case sentence starts in text written without capitals', () => {
    const text = 'i am out tonight. call me. it will be fun... or not';
    const result = read(text);
    expect(result.withoutCapitals).toBe(true);
    expect(result.breaks.map((at) => text.slice(at, at + 4))).toEqual(['call', 'it w']);
  });

  it('does not take edited text with abbreviations and ordinals for it', () => {
    expect(read('We met approx. three times, e.g. in May. Then we left.')).toEqual({ withoutCapitals: false, breaks: [] });
    expect(read('Albania ble NATOs 27. og 28. medlemsland. Det var stort.', 'nb')).toEqual({ withoutCapitals: false, breaks: [] });
  });
});
