import { describe, expect, it } from 'vitest';
import { findEmoticonBreaks } from '../../../src/segment/rules/split-emoticon.js';

describe('findEmoticonBreaks', () => {
  it('breaks after an emoticon before a capital and vetoes a break before it', () => {
    const text = 'Great! :-) Thanks. Fun :) See you 🙂 Bye';
    const { breaks, vetoes } = findEmoticonBreaks(text, false);
    expect(breaks.map((at) => text.slice(at, at + 3))).toEqual(['Tha', 'See', 'Bye']);
    expect(vetoes.map((at) => text.slice(at, at + 3))).toEqual([':-)', ':) ', '🙂 ']);
  });

  it('goes on before a lower-case word unless the text is written without capitals', () => {
    expect(findEmoticonBreaks('love it ;) but why', false).breaks).toEqual([]);
    expect(findEmoticonBreaks('love it ;) but why', true).breaks).toEqual([11]);
  });

  it('reads no emoticon inside a word, a list number or a credit sign', () => {
    expect(findEmoticonBreaks('http://x.no (a:b) 8) © NTB Scanpix', false)).toEqual({ breaks: [], vetoes: [] });
  });
});
