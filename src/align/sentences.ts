import { BitekstError } from '../errors.js';
import { segmentSentences } from '../segment/segment.js';
import type { Sentence } from '../types.js';

/** What the aligner accepts for each side: a text to segment, one sentence per string, or sentences. */
export type AlignInput = string | readonly string[] | readonly Sentence[];

/**
 * Turns an aligner input into sentences. A string is segmented; an array of strings is taken
 * as pre-segmented, one sentence each, with offsets as if the lines were joined by `\n`.
 *
 * @throws {BitekstError} `E_INPUT` for anything else.
 */
export function toSentences(input: AlignInput, lang: string, what: string): Sentence[] {
  if (typeof input === 'string') return segmentSentences(input, { lang });
  if (!Array.isArray(input)) throw new BitekstError('E_INPUT', `${what}: expected a string, an array of strings or of sentences, found ${typeof input}`);
  let offset = 0;
  return input.map((item: string | Sentence, index: number) => {
    if (typeof item === 'string') {
      const sentence: Sentence = { start: offset, end: offset + item.length, text: item, paragraph: 0 };
      offset += item.length + 1;
      return sentence;
    }
    if (item !== null && typeof item === 'object' && typeof item.text === 'string') return item;
    throw new BitekstError('E_INPUT', `${what} at item ${index}: expected a string or a sentence, found ${item === null ? 'null' : typeof item}`);
  });
}
