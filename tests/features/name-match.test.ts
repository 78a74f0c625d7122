import { describe, expect, it } from 'vitest';
import { extractNames } from '../../src/index.js';
import { groupNames } from '../../src/features/name-groups.js';
import { collectAliases, expandsTo, initialsOf, partsMatch, spelledAlike } from '../../src/features/name-match.js';

const groups = (text: string, lang: 'nb' | 'en') => groupNames(text, extractNames(text, { lang }), lang);
const part = (text: string, lang: 'nb' | 'en') => groups(text, lang)[0]!.parts[0]!;

describe('partsMatch', () => {
  it('meets inflected, possessive and plural forms in both languages', () => {
    const pairs: [string, 'nb' | 'en', string, 'nb' | 'en'][] = [
      ['etter Johnsons plan', 'nb', "after Johnson's plan", 'en'], ['flere AM-er', 'nb', 'several AMs', 'en'], ['to WMP-er', 'nb', 'two WMPs', 'en'],
      ['USAs president', 'nb', 'the U.S. president', 'en'], ['i Ris tale', 'nb', "in Ri's speech", 'en'],
    ];
    for (const [a, la, b, lb] of pairs) expect(partsMatch(part(a, la), part(b, lb)), `${a} = ${b}`).toBe(true);
    expect(partsMatch(part('i går kom Putin', 'nb'), part('yesterday Medvedev came', 'en'))).toBe(false);
  });

  it('lets a bare compass word stand for the place it opens', () => {
    expect(partsMatch(part('Folk fra Nord-Korea flykter', 'nb'), part('People flee the North', 'en'))).toBe(true);
  });

  it('tells a spelling slip or a translated name from another name', () => {
    expect(spelledAlike('Leory', 'Leroy')).toBe(true);
    expect(spelledAlike('Bibelen', 'Bible')).toBe(true);
    expect(spelledAlike('Putin', 'Medvedev')).toBe(false);
  });
});

describe('expandsTo and collectAliases', () => {
  it('lets an initialism meet the words it stands for', () => {
    const acronym = part('Han studerte ved LSU i fjor.', 'nb');
    expect(expandsTo(acronym, initialsOf(groups('He studied at Louisiana State University.', 'en')))).toBe(true);
    expect(expandsTo(acronym, initialsOf(groups('He studied at Oxford University.', 'en')))).toBe(false);
  });

  it('collects the words a person is named by', () => {
    const aliases = collectAliases(groups('I går møttes Sharon Davis og Kelly Humphreys.', 'nb'));
    expect(aliases.get(part('i går kom Sharon', 'nb').key)).toEqual([part('i går kom Davis', 'nb').key]);
  });
});
