import { nameKey } from '../features/name-key.js';
import type { KnownLanguage } from '../text/language.js';

/**
 * Letters of a cognate key. Simard, Foster & Isabelle (1992, "Using cognates to align
 * sentences") found that words sharing their first four letters are cognates far more often than
 * chance; on the transliteration key (`Aserbajdsjan`/`Azerbaijan` → one key) that holds across
 * Norwegian and English spelling.
 */
export const COGNATE_LETTERS = 4;

/**
 * Letters of the cognate keys by which pairing's index looks documents up. Across a collection
 * of thousands of documents a four-letter key is shared by too many to point at one; five
 * letters of words of five or more keep the keys rare enough to be worth looking up.
 */
export const INDEX_COGNATE_LETTERS = 5;

/** A word as the aligner, the checks and pairing see it: a letter, then letters and marks. */
export const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * The one definition of a cognate key, used by the aligner's evidence, the checks and pairing:
 * the first four letters of a word's transliteration key, for words whose key has four letters
 * or more (`letters`: pairing's index asks for five, see `INDEX_COGNATE_LETTERS`); a short acronym (`NRK`, `NATO`) is kept whole, since acronyms survive translation as
 * they are; other short words have none.
 */
export function cognateKey(word: string, rules: KnownLanguage | undefined, letters = COGNATE_LETTERS): string | undefined {
  const lower = word.toLowerCase();
  const key = nameKey(lower, rules);
  if (key.length >= letters) return key.slice(0, letters);
  const acronym = word.length >= 2 && word !== lower && word === word.toUpperCase();
  return acronym ? key : undefined;
}
