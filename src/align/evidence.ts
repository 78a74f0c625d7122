import { isGazetteerName, nameKey } from '../features/name-key.js';
import { extractNumbers } from '../features/numbers.js';
import { countChars } from '../features/length.js';
import { profilePunctuation } from '../features/punctuation.js';
import type { KnownLanguage } from '../text/language.js';
import { isBoilerplate } from '../text/boilerplate.js';
import type { Interner } from './interner.js';

/**
 * What kind of evidence a token is; each class has its own probability of surviving
 * translation, estimated per document.
 */
export const enum TokenClass {
  Number = 0,
  Name = 1,
  Word = 2,
  Punctuation = 3,
}

/** Number of token classes. */
export const TOKEN_CLASSES = 4;

/** One token of a sentence: the keys by which it can meet a token of the other language. */
export interface Token {
  keys: number[];
  tokenClass: TokenClass;
  /** Id of the lower-cased word on its own side, for lexicon learning; -1 for numbers and punctuation. */
  word: number;
}

/** The evidence of one sentence: its tokens, its length and its paragraph. */
export interface SentenceEvidence {
  tokens: Token[];
  length: number;
  paragraph: number;
  /** Page chrome (`view more`, comment forms) that is never a translation of anything. */
  boilerplate: boolean;
  /** A heading: a short paragraph of its own without sentence-final punctuation; often rewritten rather than translated. */
  heading: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * Turns a sentence into tokens that can meet their translation: numbers by value (`#30000`),
 * words and names by the first four letters of their transliteration key (Simard, Foster &
 * Isabelle 1992, "Using cognates to align sentences": cognates share a 4-letter prefix), short
 * acronyms whole, and punctuation that survives translation (`?`, `!`, quotes, brackets,
 * dialogue dash). Keys live in `interner`, shared by both sides.
 */
export function sentenceEvidence(
  text: string,
  paragraph: number,
  lang: string,
  rules: KnownLanguage | undefined,
  side: 's' | 't',
  interner: Interner,
  keyCache: Map<string, { key: number; name: boolean }>,
): SentenceEvidence {
  const tokens: Token[] = [];
  const numbers = extractNumbers(text, { lang });
  for (const number of numbers) tokens.push({ keys: [interner.id(`#${number.value}`)], tokenClass: TokenClass.Number, word: -1 });
  let numberIndex = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    while (numberIndex < numbers.length && numbers[numberIndex]!.end <= start) numberIndex += 1;
    const number = numbers[numberIndex];
    if (number !== undefined && number.start <= start && start < number.end) continue;
    const surface = match[0];
    const lower = surface.toLowerCase();
    const capitalised = surface[0] !== lower[0];
    const word = interner.id(`${side}:${lower}`);
    let cached = keyCache.get(surface);
    if (cached === undefined) {
      cached = { key: cognateKey(surface, lower, capitalised, rules, interner), name: capitalised || isGazetteerName(lower, rules) };
      keyCache.set(surface, cached);
    }
    tokens.push({ keys: cached.key === -1 ? [] : [cached.key], tokenClass: cached.name ? TokenClass.Name : TokenClass.Word, word });
  }
  const punctuation = profilePunctuation(text);
  const marks: [number, string][] = [
    [punctuation.question, 'p?'], [punctuation.exclamation, 'p!'], [punctuation.quote, 'p"'],
    [punctuation.bracket, 'p('], [punctuation.dialogueDash, 'p–'],
  ];
  for (const [count, key] of marks) if (count > 0) tokens.push({ keys: [interner.id(key)], tokenClass: TokenClass.Punctuation, word: -1 });
  return { tokens, length: countChars(text), paragraph, boilerplate: isBoilerplate(text), heading: false };
}

function cognateKey(surface: string, lower: string, capitalised: boolean, rules: KnownLanguage | undefined, interner: Interner): number {
  const key = nameKey(lower, rules);
  if (key.length >= 4) return interner.id(`c:${key.slice(0, 4)}`);
  const acronym = capitalised && surface.length >= 2 && surface === surface.toUpperCase();
  return acronym ? interner.id(`c:${key}`) : -1;
}

/**
 * Marks headings: sentences that are a whole paragraph on their own, of at most eight words,
 * with no sentence-final punctuation. Only texts with paragraph structure have them.
 */
export function markHeadings(side: SentenceEvidence[], texts: readonly string[]): void {
  side.forEach((sentence, index) => {
    const alone = side[index - 1]?.paragraph !== sentence.paragraph && side[index + 1]?.paragraph !== sentence.paragraph;
    const text = texts[index]!.trim();
    sentence.heading = alone && index > 0 && !/[.!?…:;]["'»”’)]*$/u.test(text) && text.split(/\s+/).length <= 8;
  });
}
