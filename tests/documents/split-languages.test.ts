import { describe, expect, it } from 'vitest';
import { splitByLanguage } from '../../src/documents/split-languages.js';
import type { DocumentInput } from '../../src/types.js';

const nbText = 'Det er ikke lett å si hvor mange som har mistet livet i krigen.';
const enText = 'It is not easy to say how many have lost their lives in the war.';

describe('splitByLanguage', () => {
  it('sorts documents by the language of their text, in input order, and records it', () => {
    const documents: DocumentInput[] = [
      { id: 'a', text: nbText },
      { id: 'b', text: enText },
      { id: 'c', text: enText, date: '2020-10' },
      { id: 'd', text: nbText },
    ];
    expect(splitByLanguage(documents)).toEqual({
      nb: [
        { id: 'a', text: nbText, lang: 'nb' },
        { id: 'd', text: nbText, lang: 'nb' },
      ],
      en: [
        { id: 'b', text: enText, lang: 'en' },
        { id: 'c', text: enText, lang: 'en', date: '2020-10' },
      ],
      issues: [],
    });
    expect(documents[0]).not.toHaveProperty('lang');
  });

  it('trusts a stated language over the text, keeping the tag as given', () => {
    const { nb, en } = splitByLanguage([
      { id: 'a', text: enText, lang: 'nb-NO' },
      { id: 'b', text: enText, lang: 'nn' },
      { id: 'c', text: enText, lang: 'no' },
      { id: 'd', text: nbText, lang: 'EN-gb' },
    ]);
    expect(nb.map((document) => [document.id, document.lang])).toEqual([
      ['a', 'nb-NO'],
      ['b', 'nn'],
      ['c', 'no'],
    ]);
    expect(en.map((document) => [document.id, document.lang])).toEqual([['d', 'EN-gb']]);
  });

  it('reports a document stated to be in another language, naming the tag', () => {
    expect(splitByLanguage([{ id: 'de.txt', text: nbText, lang: 'de' }])).toEqual({
      nb: [],
      en: [],
      issues: [{ id: 'de.txt', side: 'source', reason: 'language de is neither Norwegian nor English' }],
    });
  });

  it('reports a document whose text shows neither language', () => {
    expect(splitByLanguage([{ id: 'names.txt', text: 'Stepanakert, Jerevan, Baku' }, { id: 'empty.txt', text: '' }]).issues.map((issue) => issue.id)).toEqual([
      'names.txt',
      'empty.txt',
    ]);
  });

  // `nob` is the ISO 639-3 code for Bokmål, a valid BCP 47 tag that resolveLanguage maps onto the
  // Norwegian rules, as it maps `eng` onto the English ones.
  it('sorts a document stated as `nob` (or another alias of nb) with the Norwegian ones', () => {
    const { nb, en, issues } = splitByLanguage([
      { id: 'a', text: enText, lang: 'nob' },
      { id: 'b', text: enText, lang: 'NOB-no' },
      { id: 'c', text: nbText, lang: 'eng' },
    ]);
    expect(nb.map((document) => [document.id, document.lang])).toEqual([
      ['a', 'nob'],
      ['b', 'NOB-no'],
    ]);
    expect(en.map((document) => [document.id, document.lang])).toEqual([['c', 'eng']]);
    expect(issues).toEqual([]);
  });

  it('reports a stated tag that is not BCP 47 as an issue, naming it', () => {
    expect(splitByLanguage([{ id: 'x', text: nbText, lang: 'nb_NO' }]).issues).toEqual([{ id: 'x', side: 'source', reason: 'language nb_NO is neither Norwegian nor English' }]);
  });
});
