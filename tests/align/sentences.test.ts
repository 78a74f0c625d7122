import { describe, expect, it } from 'vitest';
import { alignSentences, BitekstError } from '../../src/index.js';
import { toSentences } from '../../src/align/sentences.js';

describe('toSentences', () => {
  it('takes an array of strings as lines of one text', () => {
    expect(toSentences(['Én.', 'To.'], 'nb', 'source').map(({ text, start, end }) => [text, start, end])).toEqual([
      ['Én.', 0, 3],
      ['To.', 4, 7],
    ]);
  });

  it('holds pre-segmented sentences to the input rule, naming the item (a NUL, a lone surrogate)', () => {
    const refused = (input: unknown) => {
      try {
        alignSentences(input as string[], ['One.', 'Two.']);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const nul = refused(['Én.', 'T\u0000o.']);
    expect(nul).toBeInstanceOf(BitekstError);
    expect((nul as BitekstError).code).toBe('E_INPUT');
    expect((nul as BitekstError).message).toMatch(/\[1\] at column 2/);
    const surrogate = refused([{ text: 'Én \ud800.', start: 0, end: 5 }, 'To.']);
    expect((surrogate as BitekstError).code).toBe('E_INPUT');
  });
});
