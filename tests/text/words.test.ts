import { describe, expect, it } from 'vitest';
import { wordEnd, wordStart } from '../../src/text/words.js';

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

function words(text: string): string[] {
  const found: string[] = [];
  for (let start = wordStart(text, 0); start >= 0; ) {
    const end = wordEnd(text, start);
    found.push(text.slice(start, end));
    start = wordStart(text, end);
  }
  return found;
}

describe('wordStart and wordEnd', () => {
  it('find the words of the word pattern: letters then letters and marks', () => {
    expect(words("Ærø's 30 e\u0301te, naïve Жук!")).toEqual(['Ærø', 's', 'e\u0301te', 'naïve', 'Жук']);
    expect(words('')).toEqual([]);
    expect(words('\u0301a')).toEqual(['a']);
  });

  it('agree with the regex on astral letters, lone surrogates, marks and digits', () => {
    const pieces = ['a', 'Z', 'é', '\u0301', '\u0903', '𝐀', '😀', '\ud835', '\udc00', ' ', '1', "'", '-', 'ж', '中', '\u00a0'];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let round = 0; round < 5000; round += 1) {
      let text = '';
      for (let k = 0; k < 1 + (round % 12); k += 1) text += pieces[next()];
      expect(words(text), JSON.stringify(text)).toEqual(text.match(WORD) ?? []);
    }
  });
});
