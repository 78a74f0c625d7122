import { describe, expect, it } from 'vitest';
import { resolveLanguage, usesDecimalComma } from '../../src/text/language.js';

describe('resolveLanguage', () => {
  it('maps every Norwegian tag onto the Norwegian rules, canonicalised', () => {
    expect(resolveLanguage('nb')).toEqual({ tag: 'nb', rules: 'nb' });
    expect(resolveLanguage('NB')).toEqual({ tag: 'nb', rules: 'nb' });
    expect(resolveLanguage('no-no')).toEqual({ tag: 'no-NO', rules: 'nb' });
    expect(resolveLanguage('nn-NO')).toEqual({ tag: 'nn-NO', rules: 'nb' });
  });

  it('maps English tags onto the English rules, script and region kept', () => {
    expect(resolveLanguage('EN-gb')).toEqual({ tag: 'en-GB', rules: 'en' });
    expect(resolveLanguage('en-Latn-US')).toEqual({ tag: 'en-Latn-US', rules: 'en' });
  });

  it('gives other languages the neutral rules, with their canonical tag', () => {
    expect(resolveLanguage('de')).toEqual({ tag: 'de', rules: undefined });
    // Northern Sami is not Norwegian, though it is spoken in Norway.
    expect(resolveLanguage('se')).toEqual({ tag: 'se', rules: undefined });
    expect(resolveLanguage('und')).toEqual({ tag: 'und', rules: undefined });
  });

  it('refuses malformed tags with E_LANGUAGE, every time it is asked', () => {
    for (const tag of ['', 'not a tag', 'nb_NO', 'x']) {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        expect(() => resolveLanguage(tag), tag).toThrow(expect.objectContaining({ name: 'BitekstError', code: 'E_LANGUAGE' }));
      }
    }
  });

  it('returns the same answer when asked again', () => {
    const first = resolveLanguage('nb-NO');
    expect(resolveLanguage('nb-NO')).toEqual(first);
    expect(first).toEqual({ tag: 'nb-NO', rules: 'nb' });
  });
});

describe('usesDecimalComma', () => {
  it('is true for Norwegian and most European languages', () => {
    for (const tag of ['nb', 'nn-NO', 'no', 'de', 'fr-CA', 'sv']) expect(usesDecimalComma(tag), tag).toBe(true);
  });

  it('is false for English and the other decimal-point languages, whatever the case or region', () => {
    for (const tag of ['en', 'EN', 'en-GB', 'zh-Hans', 'ja', 'he']) expect(usesDecimalComma(tag), tag).toBe(false);
  });
});
