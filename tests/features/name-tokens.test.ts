import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/features/name-tokens.js';

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*/gu;

describe('tokenize', () => {
  it('keeps hyphenated and apostrophised words whole, with digits and marks inside a word', () => {
    const text = "Sør-Korea's B2B-salg e\u0301te 3rd -lone O'Neill’s";
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.text)).toEqual(["Sør-Korea's", 'B2B-salg', 'e\u0301te', 'rd', 'lone', 'O\'Neill’s']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[3]!.start).toBe(text.indexOf('rd'));
  });

  it('marks the words that open a sentence, a quotation or a clause', () => {
    const tokens = tokenize('Han sa: «Aldri.» Så kom Mr. Smith og «Oslo».');
    const initial = tokens.filter((token) => token.sentenceInitial).map((token) => token.text);
    expect(initial).toEqual(['Han', 'Aldri', 'Så']);
  });

  it('agrees with the word pattern on astral letters, lone surrogates, marks, digits and joiners', () => {
    const pieces = ['a', 'Z', 'é', '\u0301', '𝐀', '😀', '\ud835', '\udc00', ' ', '1', '٣', '²', "'", '’', '-', 'ж', '中', '\u00a0'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let round = 0; round < 5000; round += 1) {
      let text = '';
      for (let k = 0; k < 1 + (round % 14); k += 1) text += pieces[next()];
      const expected = [...text.matchAll(TOKEN)].map((match) => [match[0], match.index]);
      expect(tokenize(text).map((token) => [token.text, token.start]), JSON.stringify(text)).toEqual(expected);
    }
  });
});
