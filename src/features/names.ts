import type { NameMention } from '../types.js';
import { resolveLanguage, type KnownLanguage, type Language } from '../text/language.js';
import { GAZETTEER, GAZETTEER_PHRASES } from './data/gazetteer.js';
import { hasNorwegianDemonymEnding } from './demonym-stems.js';
import { capitalisedCommonWordsFor, isCalendarWord, isCurrencyCode, isNeverName, isTitle, stopwordsFor } from './data/stopwords.js';
import { arrayArgument, optionsObject, textArgument } from '../options.js';

const ENGLISH_CAPITALISED = capitalisedCommonWordsFor('en');
import { looksLikeInitialName } from './initial-name.js';
import { isAllCaps, isCapitalised, sentenceTokens, type Token } from './name-tokens.js';
import { isCompassWord } from './data/compass.js';
import { isGazetteerName, nameKey } from './name-key.js';
import { ownEntry } from '../text/own-entry.js';
import { charClass, CharClass } from '../text/char-class.js';

/** Options of {@link extractNames}. */
export interface NameOptions {
  /**
   * BCP 47 language of the text.
   * A `Language` from `resolveLanguage` is taken as it is (resolved once by the caller).
   * @default 'nb'
   */
  lang?: string | Language;
  /**
   * Lower-cased words known to be names in this document (seen capitalised mid-sentence), so
   * that they are recognised at the start of a sentence too. See {@link collectKnownNames}.
   */
  knownNames?: ReadonlySet<string>;
  /** Extra gazetteer entries: lower-case local form → English form (`{ 'bergen': 'bergen' }`). */
  gazetteer?: Readonly<Record<string, string>>;
}

const DOTTED = /(?<![\p{L}.])(?:\p{Lu}\.){2,}(?!\p{L})/gu;

/**
 * Finds the names in a sentence: capitalised words that are not sentence-initial function words,
 * acronyms (`USA`, `EU`, `AFP`), gazetteer phrases (`Soviet Union`, `det hvite hus`) and
 * Norwegian nationality adjectives written in lower case (`aserbajdsjanske`). Each name gets a
 * {@link nameKey} that lets Norwegian and English spellings meet.
 *
 * Shouted caption labels (`HARD BATTLES:`) and English words capitalised by convention
 * (days, months, `Prime Minister`) are not names. A capitalised word opening a sentence is a name
 * only when the gazetteer or `knownNames` says so.
 */
export function extractNames(text: string, options: NameOptions = {}): NameMention[] {
  textArgument(text, 'text', 'extractNames');
  optionsObject(options, 'extractNames');
  const { rules } = resolveLanguage(options.lang ?? 'nb');
  const stopwords = stopwordsFor(rules);
  const common = capitalisedCommonWordsFor(rules);
  // Read through ownEntry, so that a word such as `constructor` finds nothing the object inherits.
  const gazetteer = options.gazetteer;
  const extra = (lowered: string): string | undefined => (gazetteer === undefined ? undefined : ownEntry(gazetteer, lowered));
  const tokens = sentenceTokens(text);
  const names: NameMention[] = [];
  const lower = text.toLowerCase();
  const taken = new Set<number>();
  for (const [at, phrase] of phraseOccurrences(lower)) {
    const end = at + phrase.length;
    if (isLetterUnit(lower, end)) continue;
    // A phrase in the genitive (`North Korea's`) ends inside its last token: the token is the
    // phrase's, not a name of its own, and the mention covers it.
    let last = end;
    tokens.forEach((token, index) => {
      if (token.start < at || token.start >= end) return;
      taken.add(index);
      last = Math.max(last, token.end);
    });
    names.push({ start: at, end: last, text: text.slice(at, last), key: nameKey(phrase, rules) });
  }
  // Initialisms written with points (`U.S.`, `A.I.`, `U.N.`): one name, not single letters.
  for (const match of mayHoldDotted(text) ? text.matchAll(DOTTED) : []) {
    const end = match.index + match[0].length;
    if (names.some((name) => name.start < end && match.index < name.end)) continue;
    tokens.forEach((token, index) => { if (token.start >= match.index && token.end <= end) taken.add(index); });
    const lowered = match[0].toLowerCase();
    names.push({ start: match.index, end, text: match[0], key: nameKey(GAZETTEER.has(lowered) ? lowered : lowered.replace(/\./g, ''), rules) });
  }
  // A name after a lower-case prefix (`non-UK`, `post-Brexit`, `anti-Trump`): the name is the part
  // after the hyphen. A compass prefix makes a region that keeps it (`sørvest-USA`, `nord-Italia`:
  // English may write the compass word alone, `the Southwest`).
  tokens.forEach((token, index) => {
    // The pattern needs a hyphen, which most words have not.
    const prefixed = token.text.includes('-') ? /^(\p{Ll}+-)(\p{Lu}[\p{L}\p{N}'’]+(?:-[\p{L}\p{N}]+)*)$/u.exec(token.text) : null;
    if (prefixed === null || taken.has(index) || rules === undefined) return;
    taken.add(index);
    if (isCompassWord(prefixed[1]!.slice(0, -1))) {
      names.push({ start: token.start, end: token.end, text: token.text, key: nameKey(prefixed[2]!, rules) });
      return;
    }
    const start = token.start + prefixed[1]!.length;
    names.push({ start, end: token.end, text: prefixed[2]!, key: nameKey(prefixed[2]!, rules) });
  });
  tokens.forEach((token, index) => {
    if (taken.has(index)) return;
    const word = token.text;
    if (!isName(text, tokens, index, rules, stopwords, common, options.knownNames, extra)) return;
    // The key only of a name: most words are not, and keying is the costly part.
    const lowered = word.toLowerCase();
    const given = extra(lowered);
    const key = given === undefined ? nameKey(word, rules) : nameKey(given, 'en');
    names.push({ start: token.start, end: token.end, text: word, key });
  });
  return names.sort((a, b) => a.start - b.start);
}

/** The gazetteer's phrases by their first char code, longest first (as `GAZETTEER_PHRASES`). */
const PHRASES_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const byFirst = new Map<number, string[]>();
  for (const phrase of GAZETTEER_PHRASES) {
    const first = phrase.charCodeAt(0);
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(phrase);
  }
  return byFirst;
})();

/** Per UTF-16 code: 1 when a phrase starts with it, so that most characters cost one array read. */
const PHRASE_FIRST = (() => {
  const first = new Uint8Array(0x10000);
  for (const code of PHRASES_BY_FIRST.keys()) first[code] = 1;
  return first;
})();

/**
 * Where the gazetteer's phrases occur in a lower-cased text, each at a position no letter
 * precedes, in text order and, at one position, longest first: one walk over the text, where a
 * search per phrase scanned it once for each of them.
 */
function phraseOccurrences(lower: string): [number, string][] {
  const found: [number, string][] = [];
  for (let at = 0; at < lower.length; at += 1) {
    const code = lower.charCodeAt(at);
    if (PHRASE_FIRST[code] === 0 || isLetterUnit(lower, at - 1)) continue;
    for (const phrase of PHRASES_BY_FIRST.get(code)!) if (lower.startsWith(phrase, at)) found.push([at, phrase]);
  }
  return found;
}

/** Whether the UTF-16 unit at `index` of `text` is a letter on its own (`\p{L}`); false outside the text. */
function isLetterUnit(text: string, index: number): boolean {
  return index >= 0 && index < text.length && charClass(text.charCodeAt(index)) === CharClass.Letter;
}

/**
 * Whether `text` has two points one character apart (`U.S`), without which {@link DOTTED}
 * cannot match: most sentences have one point, at their end, so the pattern, tried at every
 * position, is skipped.
 */
function mayHoldDotted(text: string): boolean {
  for (let at = text.indexOf('.'); at !== -1; at = text.indexOf('.', at + 1)) if (text.charCodeAt(at + 2) === 0x2e) return true;
  return false;
}

function isName(
  text: string,
  tokens: readonly Token[],
  index: number,
  rules: KnownLanguage | undefined,
  stopwords: ReadonlySet<string>,
  common: ReadonlySet<string>,
  known: ReadonlySet<string> | undefined,
  extra: (lowered: string) => string | undefined,
): boolean {
  const token = tokens[index]!;
  const word = token.text;
  const lowered = word.toLowerCase();
  if (extra(lowered) !== undefined) return true;
  if (!isCapitalised(word)) return rules === 'nb' && hasNorwegianDemonymEnding(lowered);
  // Function words, pronouns, titles and honorifics (`Det`, `We've`, `Dr`, `Capt`) and currency
  // codes (`GBP`) are capitalised without naming anyone, in both languages and in quotations of
  // the other: never a name on their own.
  // An initialism in capitals (`US`, `IT`) is not the pronoun it spells; a currency code is no name.
  if (isAllCaps(word) && word.length > 1) return !(rules !== undefined && isNeverName(word) && isCurrencyCode(word)) && isAcronym(tokens, index);
  if (rules !== undefined && isNeverName(word)) return false;
  // A month or a day after an honorific is a surname (`Mrs May`, `Mr Friday`); an office after
  // one stays a title (`Madam President`).
  const previous = tokens[index - 1];
  if (previous !== undefined && isTitle(previous.text) && /^\.?\s+$/u.test(text.slice(previous.end, token.start)) && isCalendarWord(word)) return true;
  if (common.has(lowered) || common.has(lowered.replace(/['’]s$/, ''))) return false;
  // English days, months and titles quoted in a Norwegian text (`«November is coming!»`).
  if (rules === 'nb' && ENGLISH_CAPITALISED.has(lowered) && lowered !== 'may') return false;
  if (!token.sentenceInitial) return !(rules === 'en' && lowered === 'i');
  if (stopwords.has(lowered)) return false;
  // At the start of a sentence, capitals prove nothing: only known names and gazetteer entries count.
  const bare = lowered.replace(/['’]s?$/, '');
  // A nationality adjective opening a sentence (`Norsk politikk er …`) is an adjective.
  if (rules === 'nb' && hasNorwegianDemonymEnding(lowered)) return false;
  // An inflected gazetteer name (`Kroatias`), but not a nationality adjective (`Amerikanske myndigheter`).
  const inflected = (isGazetteerName(lowered, rules) || isGazetteerName(lowered.replace(/['’]s?$/, ''), rules)) && !(rules === 'nb' && hasNorwegianDemonymEnding(lowered));
  if (GAZETTEER.has(lowered) || inflected || known?.has(lowered) === true || known?.has(bare) === true) return true;
  return rules === 'nb' && looksLikeInitialName(text, token, tokens[index + 1], tokens[index + 2]);
}

function isAcronym(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.text;
  if (word.length > 6) return false;
  // A run of shouted words (a caption label such as `HARD BATTLES:`) is not a list of acronyms.
  const neighbours = [tokens[index - 1], tokens[index + 1]];
  return !neighbours.some((other) => other !== undefined && isAllCaps(other.text) && other.text.length > 3 && word.length > 3);
}

/**
 * Lower-cased words that appear capitalised in the middle of a sentence somewhere in the
 * document: evidence that they are names wherever they stand. Feed it to `knownNames`.
 */
export function collectKnownNames(sentences: readonly string[], options: { lang?: string | Language } = {}): Set<string> {
  arrayArgument(sentences, 'sentences', 'collectKnownNames');
  optionsObject(options, 'collectKnownNames');
  const { rules } = resolveLanguage(options.lang ?? 'nb');
  const common = capitalisedCommonWordsFor(rules);
  const known = new Set<string>();
  for (const sentence of sentences) {
    for (const token of sentenceTokens(sentence)) {
      // Most words are lower case or open the sentence: they are not lower-cased to find out.
      if (token.sentenceInitial || !isCapitalised(token.text)) continue;
      const lowered = token.text.toLowerCase();
      if (!isAllCaps(token.text) && !common.has(lowered) && !(rules !== undefined && isNeverName(token.text))) {
        known.add(lowered);
        known.add(lowered.replace(/['’]s?$/, ''));
      }
    }
  }
  return known;
}
