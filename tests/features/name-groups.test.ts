import { describe, expect, it } from 'vitest';
import { extractNames } from '../../src/index.js';
import { groupNames } from '../../src/features/name-groups.js';
import { partsMatch } from '../../src/features/name-match.js';

const groups = (text: string, lang: 'nb' | 'en') => groupNames(text, extractNames(text, { lang }), lang);
const texts = (text: string, lang: 'nb' | 'en') => groups(text, lang).map((group) => group.text);
const part = (text: string, lang: 'nb' | 'en') => groups(text, lang)[0]!.parts[0]!;

describe('groupNames', () => {
  it('reads a name of several words, with connectors, as one mention', () => {
    expect(texts('Han møtte Boris Johnson og Bank of England i går.', 'nb')).toEqual(['Boris Johnson', 'Bank of England']);
    expect(texts('She spoke at Louisiana State University on Monday.', 'en')).toEqual(['Louisiana State University']);
  });

  it('keeps the name of a Norwegian compound and reads compass words in English', () => {
    expect(groups('Han jobbet som TV-vert for CBS-kameraer.', 'nb').map((group) => group.parts.map((piece) => piece.forms[0]))).toEqual([['tv'], ['cbs']]);
    const macedonia = groups('Hun reiste til Nord-Makedonia.', 'nb')[0]!;
    const english = groups('She travelled to North Macedonia.', 'en')[0]!;
    expect(macedonia.parts.every((piece) => english.parts.some((other) => partsMatch(piece, other)))).toBe(true);
  });

  it('marks one-word names that open a sentence or a quotation, and headline case, as weak', () => {
    expect(groups('Police said the man was arrested.', 'en').every((group) => group.weak)).toBe(true);
    expect(groups('Sarah Palin Son Arrested On Charges In Alaska', 'en').every((group) => group.weak)).toBe(true);
    expect(groups('The police in Alaska said so.', 'en')[0]).toMatchObject({ text: 'Alaska', weak: false });
  });

  it('leaves out titles, honorifics, pronouns and currency codes', () => {
    expect(texts('Mr. Merriweather and Dr Ali met Capt. Larry Hart and Rev John Howard.', 'en')).toEqual(['Merriweather', 'Ali', 'Larry Hart', 'John Howard']);
    expect(texts('Det kostet 125 millioner GBP, sa Jeg-personen.', 'nb')).not.toContain('GBP');
    expect(texts("We've seen it, I'm sure.", 'en')).toEqual([]);
  });
});
