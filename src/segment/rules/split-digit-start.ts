import type { AbbreviationTable } from '../data/abbreviations.js';
import { lastToken } from './merge-abbreviation.js';

/** A full point, closing quotes or brackets, white space, then a digit. */
const POINT_BEFORE_DIGIT = /\.["'»”’)\]]*\s+(?=\p{N})/gu;

/**
 * Positions inside `text` where a sentence that opens with a number follows a finished one
 * (`… i en arbeidsleir. 20 timer senere gikk …`, `… the pub. 75-year-old Agnes …`).
 * Intl.Segmenter never breaks there, because its rule looks past the number to the lower-case
 * word after it. The point must end a word of letters: after a number it is an ordinal or a
 * decimal (`3. plass`, `2. 5`), and after an abbreviation or an initial it belongs to that
 * (`kl. 14`, `nr. 5`, `s. 12`, `str. 24`, `No. 5`, `ext. 37625`).
 *
 * @returns offsets relative to `text`, each at the digit.
 */
export function findDigitStartBreaks(text: string, abbreviations: AbbreviationTable): number[] {
  const breaks: number[] = [];
  for (let match = POINT_BEFORE_DIGIT.exec(text); match !== null; match = POINT_BEFORE_DIGIT.exec(text)) {
    const token = lastToken(text.slice(Math.max(0, match.index - 60), match.index));
    // A word of two or more letters (hyphens and apostrophes inside), not a known abbreviation.
    const word = token.replace(/^["'«“(\[]+/u, '');
    if (!/^\p{L}[\p{L}'’-]*\p{L}$/u.test(word)) continue;
    if (abbreviations.has(word.toLowerCase())) continue;
    breaks.push(match.index + match[0].length);
  }
  return breaks;
}
