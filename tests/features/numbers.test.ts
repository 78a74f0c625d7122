import { describe, expect, it } from 'vitest';
import { extractNumbers, segmentSentences } from '../../src/index.js';
import { corpusDocument } from '../helpers/corpus.js';

const values = (text: string, lang: string) => extractNumbers(text, { lang }).map((mention) => [mention.text, mention.value, mention.kind]);

describe('extractNumbers', () => {
  it('reads Norwegian thousands points and spaces and decimal commas', () => {
    expect(values('30.000 liv, 40 000 mennesker, 40\u00a0000 kroner og 2,5 prosent', 'nb')).toEqual([
      ['30.000', 30000, 'cardinal'],
      ['40 000', 40000, 'cardinal'],
      ['40\u00a0000', 40000, 'cardinal'],
      ['2,5 prosent', 2.5, 'percent'],
    ]);
  });

  it('reads English thousands commas and decimal points', () => {
    expect(values('30,000 lives, 2.5 percent, 1,234.5 tons', 'en')).toEqual([
      ['30,000', 30000, 'cardinal'],
      ['2.5 percent', 2.5, 'percent'],
      ['1,234.5', 1234.5, 'decimal'],
    ]);
  });

  it('gives the same value to the same number in either language', () => {
    const pairs: [string, string][] = [
      ['30.000', '30,000'], ['2,5', '2.5'], ['65 prosent', '65%'], ['65 pst.', '65 percent'], ['1,5 mill.', '1.5 million'],
      ['to', 'two'], ['seks', 'six'], ['tjue', 'twenty'], ['to hundre', 'two hundred'], ['tusen', 'thousand'],
      ['kl. 14.30', '2:30 p.m.'], ['1990-tallet', '1990s'], ['27. september', '27th'], ['2 millioner', '2 million'],
    ];
    for (const [nb, en] of pairs) {
      const [left] = extractNumbers(nb, { lang: 'nb' });
      const [right] = extractNumbers(en, { lang: 'en' });
      expect(left?.value, `${nb} = ${en}`).toBe(right?.value);
    }
  });

  it('classifies years, ordinals, times and decades', () => {
    expect(values('I 1994, den 3. plass, kl. 14.30, på 1990-tallet', 'nb').map(([, , kind]) => kind)).toEqual(['year', 'ordinal', 'time', 'decade']);
  });

  it('reads ranges as two numbers and six-year as six', () => {
    expect(values('3–4 ganger', 'nb').map(([, value]) => value)).toEqual([3, 4]);
    expect(values('a six-year war', 'en').map(([, value]) => value)).toEqual([6]);
    expect(values('fire tiår', 'nb').map(([, value]) => value)).toEqual([4]);
  });

  it('does not take articles or English prepositions for numbers', () => {
    expect(extractNumbers('He went to a fire with one friend.', { lang: 'en' })).toEqual([]);
    expect(extractNumbers('Han er en av dem, ett år.', { lang: 'nb' })).toEqual([]);
  });

  it('keeps the span of each number', () => {
    const text = 'Det kostet 1,5 mill. kroner.';
    const [mention] = extractNumbers(text, { lang: 'nb' });
    expect(text.slice(mention!.start, mention!.end)).toBe('1,5 mill.');
    expect(mention!.value).toBe(1_500_000);
  });

  it('finds every number of article 000 in its translation, article 003', () => {
    const source = segmentSentences(corpusDocument('000').text, { lang: 'nb' }).flatMap((sentence) => extractNumbers(sentence.text, { lang: 'nb' }));
    const target = new Set(segmentSentences(corpusDocument('003').text, { lang: 'en' }).flatMap((sentence) => extractNumbers(sentence.text, { lang: 'en' }).map((mention) => mention.value)));
    // `Begge` (both) is read as 2 as well.
    expect(source.map((mention) => mention.value).sort((a, b) => a - b)).toEqual([2, 2, 2, 3, 6, 1991, 1994, 1994, 2010, 30000, 800000]);
    for (const mention of source) expect(target.has(mention.value), mention.text).toBe(true);
  });

  it('survives odd formats without throwing', () => {
    for (const text of ['1,5 mill.', '3–4', '1990-tallet', 'kl. 14.30', '2:30 p.m.', '20.09.2020', '1.2.3.4', '99:99', '٣٤ ١٢', '1e10']) {
      expect(() => extractNumbers(text, { lang: 'nb' })).not.toThrow();
    }
  });
});

describe('extractNumbers: scale words', () => {
  it('reads an English trillion as 10^12 and a Norwegian billion as 10^12, in digits and in words', () => {
    const value = (text: string, lang: string) => extractNumbers(text, { lang }).map((mention) => mention.value);
    expect(value('$3 trillion', 'en')).toEqual([3e12]);
    expect(value('three trillion dollars', 'en')).toEqual([3e12]);
    expect(value('3 billioner dollar', 'nb')).toEqual([3e12]);
    expect(value('tre billioner kroner', 'nb')).toEqual([3e12]);
  });
});
