import { WordFacts } from './word-facts.js';
import { wordEnd, wordStart } from '../text/words.js';
import { nameKey } from '../features/name-key.js';
import { groupNames, type NameGroup } from '../features/name-groups.js';
import { collectKnownNames, extractNames } from '../features/names.js';
import { extractNumbers } from '../features/numbers.js';
import { resolveLanguage, type KnownLanguage, type Language } from '../text/language.js';
import { countChars } from '../features/length.js';
import { profilePunctuation } from '../features/punctuation.js';
import type { NameMention, NumberMention, PunctuationProfile } from '../types.js';
import { arrayArgument, optionsObject, textArgument } from '../options.js';

const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|(?<![\p{L}\p{N}])@[\p{L}\p{N}_]+|\b[\p{L}\p{N}-]+\.(?:com|org|net|no|uk|gov|edu|io)(?:\/[^\s]*)?/gu;

/** What every address above contains (a scheme, `www.`, `@` or a domain ending): a quick test that most sentences fail, before the full pattern. */
const MAY_HOLD_ADDRESS = /:\/\/|www\.|@|\.(?:com|org|net|no|uk|gov|edu|io)/u;

/** Everything the checks read about one sentence, computed once. */
export interface SentenceAnalysis {
  /** The numbers, normalised (see `extractNumbers`), with their units where written. */
  numbers: NumberMention[];
  /** The names as whole mentions (see `groupNames`). */
  names: NameGroup[];
  /** The capitalised words and acronyms read as names, one by one (`extractNames`), that `names` groups. */
  mentions: NameMention[];
  /** Name keys of its lower-case words of three letters or more: a name the other side writes in lower case (`hiv`, `kommisjonen`) meets one. */
  words: string[];
  /** Cognate keys of its words, each once (see `cognateKey`): what the aligner, the checks and pairing match across languages. */
  cognates: string[];
  /** Length in UTF-16 code units, whitespace runs counted as one (see `countChars`). */
  chars: number;
  /** The punctuation that survives translation (see `profilePunctuation`). */
  punctuation: PunctuationProfile;
}

/** Options of {@link analyseSentence}. */
export interface AnalyseOptions {
  /**
   * BCP 47 language of the text.
   * A `Language` from `resolveLanguage` is taken as it is (resolved once by the caller).
   * @default 'nb'
   */
  lang?: string | Language;
  /** Lower-cased words known to be names in the document (see `collectKnownNames`). */
  knownNames?: ReadonlySet<string>;
  /** Extra name equivalences for the name keys (see `extractNames`). */
  gazetteer?: Readonly<Record<string, string>>;
}

/**
 * Analyses one sentence, once, for every stage that reads it (the checks, pairing, revisions,
 * `extractFeatures`): its numbers, its names as single mentions and as whole mentions, its
 * words, cognate keys, length and punctuation.
 *
 * @example
 * ```ts
 * analyseSentence('Boris Johnson lovte £125m.', { lang: 'nb' }).names[0].text
 * //=> 'Boris Johnson'
 * ```
 */
export function analyseSentence(text: string, options: AnalyseOptions = {}): SentenceAnalysis {
  textArgument(text, 'text', 'analyseSentence');
  optionsObject(options, 'analyseSentence');
  // Resolved once here; the readers below take the value as it is.
  const lang = resolveLanguage(options.lang ?? 'nb');
  const { rules } = lang;
  const { numbers, mentions } = readNumbersAndNames(text, lang, options.knownNames, options.gazetteer);
  return {
    numbers,
    names: groupNames(text, mentions, rules),
    mentions,
    cognates: cognatesOf(text, rules),
    chars: countChars(text),
    punctuation: profilePunctuation(text),
    words: (text.match(/(?<![\p{L}])\p{Ll}[\p{Ll}\p{M}]{2,}/gu) ?? []).map((word) => nameKey(word, rules)),
  };
}

/**
 * The part of {@link analyseSentence} that survives translation whatever the language: its
 * numbers and its single name mentions, both outside addresses (URLs, e-mail, @handles), which
 * are copied, not translated, so their digits and capitals are neither numbers nor names to
 * compare. Pairing's fingerprints read only this, and the rest of the analysis costs as much again.
 */
export function readNumbersAndNames(
  text: string,
  lang: Language,
  knownNames?: ReadonlySet<string>,
  gazetteer?: Readonly<Record<string, string>>,
): Pick<SentenceAnalysis, 'numbers' | 'mentions'> {
  const addresses = (MAY_HOLD_ADDRESS.test(text) ? [...text.matchAll(ADDRESS)] : []).map((match) => [match.index, match.index + match[0].length] as const);
  const outside = (span: { start: number; end: number }) => !addresses.some(([start, end]) => span.start < end && start < span.end);
  const mentions = extractNames(text, {
    lang,
    ...(knownNames === undefined ? {} : { knownNames }),
    ...(gazetteer === undefined ? {} : { gazetteer }),
  }).filter(outside);
  return { numbers: extractNumbers(text, { lang }).filter(outside), mentions };
}

/**
 * Analyses every sentence of one document: the names known in the document (capitalised
 * mid-sentence somewhere) are collected once, unless given, and used in every sentence.
 */
export function analyseSentences(sentences: readonly (string | { text: string })[], options: AnalyseOptions = {}): SentenceAnalysis[] {
  arrayArgument(sentences, 'sentences', 'analyseSentences');
  optionsObject(options, 'analyseSentences');
  const texts = sentences.map((sentence) => (typeof sentence === 'string' ? sentence : sentence.text));
  const lang = resolveLanguage(options.lang ?? 'nb');
  const knownNames = options.knownNames ?? collectKnownNames(texts, { lang });
  return texts.map((text) => analyseSentence(text, { lang, knownNames }));
}

function cognatesOf(text: string, rules: KnownLanguage | undefined): string[] {
  const keys = new Set<string>();
  const facts = WordFacts.of(rules);
  // The words (`WORD`), walked by char code; each word's key from the table of words met before.
  for (let start = wordStart(text, 0); start >= 0; ) {
    const end = wordEnd(text, start);
    const key = facts.cognate(facts.index(text, start, end));
    if (key !== undefined) keys.add(key);
    start = wordStart(text, end);
  }
  return [...keys];
}
