import { describe, expect, it } from 'vitest';
import { extractFeatures, profilePunctuation } from '../../src/index.js';

describe('extractFeatures', () => {
  it('collects numbers, names, length and punctuation of a sentence', () => {
    const features = extractFeatures('– Før dette hadde en seks år lang krig krevd 30.000 liv i Aserbajdsjan?', { lang: 'nb' });
    expect(features.numbers.map((number) => number.value)).toEqual([6, 30000]);
    expect(features.names.map((name) => name.text)).toEqual(['Aserbajdsjan']);
    expect(features.words).toBe(13);
    expect(features.chars).toBe(71);
    expect(features.punctuation).toMatchObject({ question: 1, dialogueDash: 1 });
  });

  it('counts quotes of every style but not apostrophes', () => {
    expect(profilePunctuation('«Hei» og “hallo” og "hei", men Armenia’s ikke').quote).toBe(6);
  });
});
