import { describe, expect, it } from 'vitest';
import { NORWEGIAN_DEMONYM_STEMS } from '../../src/features/data/gazetteer.js';
import { hasNorwegianDemonymEnding } from '../../src/features/demonym-stems.js';

describe('hasNorwegianDemonymEnding', () => {
  it('knows a nationality adjective or noun by its stem and ending', () => {
    expect(hasNorwegianDemonymEnding('russiske')).toBe(true);
    expect(hasNorwegianDemonymEnding('amerikanerne')).toBe(true);
    expect(hasNorwegianDemonymEnding('britisk')).toBe(true);
  });

  it('does not take a country, a longer word or a stranger ending for one', () => {
    expect(hasNorwegianDemonymEnding('tyskland')).toBe(false);
    expect(hasNorwegianDemonymEnding('russiskhet')).toBe(false);
    expect(hasNorwegianDemonymEnding('huset')).toBe(false);
    expect(hasNorwegianDemonymEnding('')).toBe(false);
  });

  it('agrees with testing every stem against every word built from stems and endings', () => {
    const endings = ['', 'e', 'en', 'ene', 'er', 'ere', 'erne', 'ne', 's', 'es', 'ens', 'het', 'a', 'land', 'et'];
    const everyStem = (word: string) =>
      NORWEGIAN_DEMONYM_STEMS.some((stem) => word.startsWith(stem) && ['', 'e', 'en', 'ene', 'er', 'ere', 'erne', 'ne', 's', 'es', 'ens'].includes(word.slice(stem.length)));
    for (const stem of NORWEGIAN_DEMONYM_STEMS) {
      for (const ending of endings) {
        const word = stem + ending;
        expect(hasNorwegianDemonymEnding(word), word).toBe(everyStem(word));
        expect(hasNorwegianDemonymEnding(word.slice(1)), word.slice(1)).toBe(everyStem(word.slice(1)));
      }
    }
  });
});
