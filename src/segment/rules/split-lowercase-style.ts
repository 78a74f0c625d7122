import type { AbbreviationTable } from '../data/abbreviations.js';
import { lastToken } from './merge-abbreviation.js';

/** Terminal punctuation (not an ellipsis), white space, and the next letter. */
const END_THEN_LETTER = /([.!?…]+["'»”’)\]]*)(\s+)["'«“(\[]*(\p{L})/gu;

/** Whether the token before a point is an abbreviation, an initial or an ordinal (its point ends nothing). */
function isAbbreviation(text: string, at: number, abbreviations: AbbreviationTable): boolean {
  if (text[at] !== '.') return false;
  const token = lastToken(text.slice(Math.max(0, at - 60), at + 1)).replace(/^["'«“(\[]+/u, '');
  if (!token.endsWith('.')) return false;
  const body = token.slice(0, -1).toLowerCase();
  // An initial, an initialism, an ordinal (`27. og 28. medlemsland`) or a listed abbreviation.
  return body.length <= 1 || body.includes('.') || /^\p{N}+$/u.test(body) || abbreviations.has(body);
}

interface Start {
  at: number;
  lower: boolean;
}

function sentenceStarts(text: string, abbreviations: AbbreviationTable): Start[] {
  const starts: Start[] = [];
  for (let match = END_THEN_LETTER.exec(text); match !== null; match = END_THEN_LETTER.exec(text)) {
    const [, punctuation = '', space = '', letter = ''] = match;
    if (/\.\.|…/u.test(punctuation)) continue;
    const lower = letter !== letter.toUpperCase();
    // Only a lower-case start can be an abbreviation's continuation (`ca. tre`); the capitals are counted as they come.
    if (lower && isAbbreviation(text, match.index + punctuation.search(/[.!?]/u), abbreviations)) continue;
    starts.push({ at: match.index + punctuation.length + space.length, lower });
  }
  return starts;
}

/** What {@link findLowercaseStarts} finds. */
export interface LowercaseStarts {
  /** Whether the text writes no capital at sentence starts (see {@link findLowercaseStarts}). */
  withoutCapitals: boolean;
  /** Where lower-case sentences start, when `withoutCapitals`; otherwise empty. */
  breaks: number[];
}

/**
 * Informal writing without capitals (chat, text messages, quick e-mail: `i am going out tonight.
 * jill finishes today.`): a text whose first letter is lower case, or whose sentence ends are
 * followed by lower case at least as often as by capitals (twice or more), writes no capital at a
 * sentence start. There, a point, `?` or `!` before a lower-case word ends the sentence, where
 * edited text would be continuing after an abbreviation (`ca. tre`) or a quote (`«Hva?» spurte hun`).
 * An ellipsis, an abbreviation and an initial end nothing.
 *
 * @returns offsets relative to `text`, each after the white space that follows the punctuation.
 */
export function findLowercaseStarts(text: string, abbreviations: AbbreviationTable): LowercaseStarts {
  const starts = sentenceStarts(text, abbreviations);
  const lower = starts.filter((start) => start.lower);
  const first = /\p{L}/u.exec(text.slice(0, 200))?.[0];
  const withoutCapitals =
    (first !== undefined && first !== first.toUpperCase()) || (lower.length >= 2 && lower.length >= starts.length - lower.length);
  return { withoutCapitals, breaks: withoutCapitals ? lower.map((start) => start.at) : [] };
}
