import type { Language } from '../text/language.js';
import { linesToSentences } from '../alignment.js';
import { BitekstError } from '../errors.js';
import { segmentSentences } from '../segment/segment.js';
import { validateLines } from '../text/validate-text.js';
import type { AlignInput, Sentence } from '../types.js';

/**
 * Turns an aligner input into sentences. A string is segmented; an array of strings is taken
 * as pre-segmented, one sentence each, with offsets as if the lines were joined by `\n`.
 *
 * @throws {BitekstError} `E_INPUT` for anything else, and for sentences the input rule refuses
 * (`validateText`: a NUL, a lone surrogate, binary data).
 */
export function toSentences(input: AlignInput, lang: string | Language, what: string): Sentence[] {
  if (typeof input === 'string') return segmentSentences(input, { lang });
  if (!Array.isArray(input)) throw new BitekstError('E_INPUT', `${what}: expected a string, an array of strings or of sentences, found ${typeof input}`);
  input.forEach((item: unknown, index: number) => {
    if (typeof item === 'string') return;
    if (item !== null && typeof item === 'object' && typeof (item as Sentence).text === 'string') return;
    throw new BitekstError('E_INPUT', `${what} at item ${index}: expected a string or a sentence, found ${item === null ? 'null' : typeof item}`);
  });
  // The one input rule a text is held to (no NUL, no lone surrogate, not mostly control
  // characters) holds for pre-segmented sentences too, or a writer could not write them back.
  validateLines(input.map((item: string | Sentence) => (typeof item === 'string' ? item : item.text)), what);
  if (input.every((item: unknown) => typeof item !== 'string')) return input as Sentence[];
  // Strings take offsets as lines of one text (sentences given as objects stay as they are).
  const lines = linesToSentences(input.filter((item: string | Sentence): item is string => typeof item === 'string'));
  let line = 0;
  return input.map((item: string | Sentence) => (typeof item === 'string' ? lines[line++]! : item));
}
