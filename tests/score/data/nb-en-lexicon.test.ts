import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/align.js';
import { isBitekstError } from '../../../src/errors.js';
import { NB_EN_LEXICON, nbEnLexicon } from '../../../src/score/data/nb-en-lexicon.js';

// A short news item written for this test; the English leaves out Norwegian sentence 4, a short
// sentence of plain words (no number, no name, no cognate) next to a sentence it could merge with.
const norwegian = [
  'Regjeringen sa i går at prisen på strøm skal ned neste måned.',
  'Mange familier har betalt mye for energi denne vinteren.',
  'Statsministeren møtte lederne for de store selskapene på mandag.',
  'Hun ba dem om å holde prisene lave for arbeidere og studenter i hele landet.',
  'Skolen var stengt i flere dager.',
  'Været skal bli varmere i helgen.',
  'Politiet har ikke funnet mannen som forsvant.',
  'Han ble sist sett ved elva sent på kvelden.',
];
const english = [
  'The government said yesterday that the price of electricity will fall next month.',
  'Many families have paid a lot for energy this winter.',
  'The prime minister met the leaders of the large companies on Monday.',
  'She asked them to keep prices low for workers and students across the country.',
  'The weather will be warmer at the weekend.',
  'The police have not found the man who disappeared.',
  'He was last seen by the river late in the evening.',
];
const shapes = (beads: readonly { source: number[]; target: number[] }[]) => beads.map((bead) => `${bead.source}|${bead.target}`);

describe('the built-in Norwegian–English lexicon', () => {
  it('makes a dropped sentence of everyday words its own 1-0 bead, which is merged without it', () => {
    const without = alignSentences(norwegian, english, { sourceLang: 'nb', targetLang: 'en', lexicon: false });
    expect(shapes(without.beads)).toContain('4,5|4');
    const withLexicon = alignSentences(norwegian, english, { sourceLang: 'nb', targetLang: 'en' });
    expect(shapes(withLexicon.beads)).toEqual(['0|0', '1|1', '2|2', '3|3', '4|', '5|4', '6|5', '7|6']);
  });

  it('is what a caller would get by passing the same words as a dictionary, and a dictionary adds to it', () => {
    const asDictionary = alignSentences(norwegian, english, { sourceLang: 'nb', targetLang: 'en', lexicon: false, dictionary: nbEnLexicon('nb', 'en') });
    expect(shapes(asDictionary.beads)).toContain('4|');
    const both = alignSentences(norwegian, english, { sourceLang: 'nb-NO', targetLang: 'en-GB', dictionary: [{ source: 'forsvant', target: 'disappeared' }] });
    expect(shapes(both.beads)).toContain('4|');
  });

  it('is used only between the Norwegian and the English rules', () => {
    expect(nbEnLexicon('nb', 'en').length).toBeGreaterThan(1000);
    expect(nbEnLexicon('en', 'nb')[0]).toEqual({ source: nbEnLexicon('nb', 'en')[0]!.target, target: nbEnLexicon('nb', 'en')[0]!.source });
    expect(nbEnLexicon('nb', 'nb')).toEqual([]);
    expect(nbEnLexicon(undefined, 'en')).toEqual([]);
  });

  it('holds single lower-case words, two sides a line', () => {
    for (const line of NB_EN_LEXICON) {
      const sides = line.split('=');
      expect(sides, line).toHaveLength(2);
      for (const side of sides) expect(side.trim(), line).toMatch(/^[a-zæøåé]+( [a-zæøåé]+)*$/);
    }
  });

  it('rejects a lexicon option that is not a boolean', () => {
    try {
      alignSentences(['Hei.'], ['Hello.'], { lexicon: 'no' as unknown as boolean });
      expect.unreachable();
    } catch (error) {
      expect(isBitekstError(error) && error.code).toBe('E_USAGE');
    }
  });
});
