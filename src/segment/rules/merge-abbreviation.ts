import { isSpace } from './find-paragraphs.js';
import type { AbbreviationTable } from '../data/abbreviations.js';

const LEADING_PUNCTUATION = /^[(\[«"“‘'„]+/u;
const INITIAL = /^\p{Lu}$/u;
/**
 * Capitalised function words and sentence adverbs that open sentences, and are not names, in the
 * languages bitekst knows: after an initialism such as `U.S.` or `D.C.` one of them starts a new
 * sentence (`… in Washington D.C. Tidligere i sommer …`), a name goes on (`the U.S. Army`).
 */
const SENTENCE_STARTERS = new RegExp(
  '^(?:' +
    'he|she|it|they|we|i|you|the|this|that|these|those|there|here|but|and|so|yet|or|if|when|while|after|before|' +
    'in|on|at|a|an|his|her|its|their|our|my|your|what|who|how|why|where|then|now|today|however|also|since|for|' +
    'det|den|de|han|hun|vi|jeg|du|dere|men|og|så|da|nå|når|hvis|etter|før|i|på|til|med|dette|der|her|hva|hvem|' +
    'hvorfor|hvordan|tidligere|senere|samtidig|ifølge|dermed|derfor|likevel|ikke|en|et|ei|mange|alle|noen|ingen' +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);
/** Month names that follow an ordinal day (`9. September`, `27. september`, `1. Mai`). */
const MONTH = /^(jan|feb|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[csz]|janv|févr|mars|avr|juin|juil|août|déc|januar|februar|märz|mär)\p{L}*/iu;
const INITIALISM = /^(\p{L}\.)+\p{L}$/u;

/** The first letter or digit of `text` after quotes, brackets and white space, or '' when none. */
export function firstWordCharacter(text: string): string {
  const match = /[\p{L}\p{N}]/u.exec(text);
  return match === null ? '' : match[0];
}

/** Whether `character` is a lower-case letter. */
export function isLowercase(character: string): boolean {
  return character !== '' && character !== character.toUpperCase() && character === character.toLowerCase();
}

/**
 * Whether `before` ends with an abbreviation or an initial whose point does not end the
 * sentence, given the text that follows. `bl.a. NRK`, `Mr. Smith`, `Jens S. Stoltenberg`,
 * `kl. 14.30` and `nr. 5` are one sentence; `osv. Neste dag` is two.
 */
export function endsWithAbbreviation(before: string, abbreviations: AbbreviationTable, after: string): boolean {
  const token = lastToken(before);
  if (token === '' || !token.endsWith('.')) return false;
  const body = token.slice(0, -1).replace(LEADING_PUNCTUATION, '');
  if (body === '' || body.endsWith('.')) return false;
  const next = firstWordCharacter(after);
  const nextIsLower = isLowercase(next);
  const nextIsDigit = /\p{N}/u.test(next);
  const kind = abbreviations.get(body.toLowerCase());
  if (kind === 'inner') return true;
  if (kind === 'final') {
    // `U.S. Army` goes on; `to the U.S. He left` ends: an initialism ends a sentence only before a function word.
    if (nextIsLower || nextIsDigit) return true;
    return body.includes('.') && !SENTENCE_STARTERS.test(after.trimStart());
  }
  if (kind === 'numeric' && nextIsDigit) return true;
  if (INITIAL.test(body)) return true;
  if (/^\p{N}{1,2}$/u.test(body) && MONTH.test(after.trimStart())) return true;
  // `D.C.`, `W.H.S.`: a point that ends a sentence only before a word that opens one.
  if (INITIALISM.test(body)) return nextIsLower || nextIsDigit || !SENTENCE_STARTERS.test(after.trimStart().replace(/^["'«“(]+/u, ''));
  return false;
}

/** The last white-space-delimited token of `text`, found by scanning back (no regex backtracking). */
export function lastToken(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end -= 1;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  return text.slice(start, end);
}
