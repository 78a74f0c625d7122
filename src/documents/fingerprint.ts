import { readNumbersAndNames } from '../analysis/analyse-sentence.js';
import { collectKnownNames } from '../features/names.js';
import { INDEX_COGNATE_LETTERS } from '../analysis/cognate.js';
import { WordFacts } from '../analysis/word-facts.js';
import { wordEnd, wordStart } from '../text/words.js';
import { countChars } from '../features/length.js';
import type { DocumentInput } from '../types.js';
import { createSegmenter } from '../segment/segment.js';
import { findDatelineBreak, readDateline } from '../segment/rules/split-dateline.js';
import { resolveLanguage, type KnownLanguage, type Language } from '../text/language.js';

/** What survives translation in a document, for pairing. */
export interface Fingerprint {
  id: string;
  /** Language-independent keys with their counts: numbers (`#30000`), names (`n:pashinian`), cognate keys (`c:step`). */
  keys: ReadonlyMap<string, number>;
  /** Numbers in document order (digits only), for the order check. */
  numbers: number[];
  chars: number;
  /** The document's sentences, kept for the verifying alignment. */
  sentences: string[];
  lang: string;
  date: string | undefined;
}

/**
 * The fingerprint of a document: the evidence that survives translation and does not depend on
 * the language — normalised numbers (years, quantities, but not single digits, which are
 * everywhere), name keys (transliteration-aware), and the cognate keys of its words (names the
 * name rules missed, and cognates) — with its length and date.
 */
export function fingerprintDocument(document: DocumentInput, lang: string): Fingerprint {
  return createFingerprinter()(document, lang);
}

/**
 * A sentence without the dateline that opens it (`date 2020-10`): page metadata, whose year and
 * month are not numbers of the text. They would count as shared keys with every document of the
 * same month and, against a translation dated by its manifest instead, break the number order.
 * The segmenter makes a dateline its own sentence, which ends where the rule expects white space
 * after it, hence the line break added for the look-up.
 */
function withoutDateline(sentence: string): string {
  const end = findDatelineBreak(`${sentence}\n`);
  return end === undefined ? sentence : sentence.slice(Math.min(end, sentence.length));
}

/**
 * A {@link fingerprintDocument} for a whole collection: it makes one segmenter per language and
 * reuses it for every document (collections have thousands), for as long as it lives. Keys are
 * shared strings: a key that a thousand documents have is held once, not once per document (a
 * key is built afresh from each text, and the keys were most of a fingerprint's memory).
 * `shareKeys: false` leaves that out, for fingerprints that are sent to another thread: a
 * message copies every string it holds, shared or not, and the table would only grow.
 */
export function createFingerprinter(options: { shareKeys?: boolean } = {}): (document: DocumentInput, lang: string) => Fingerprint {
  const segmenters = new Map<string, ReturnType<typeof createSegmenter>>();
  const shared = new Map<string, string>();
  const canonical = options.shareKeys === false ? (key: string): string => key : (key: string): string => {
    const known = shared.get(key);
    if (known !== undefined) return known;
    shared.set(key, key);
    return key;
  };
  return (document, lang) => {
    const language = resolveLanguage(document.lang ?? lang);
    let segment = segmenters.get(language.tag);
    if (segment === undefined) segmenters.set(language.tag, (segment = createSegmenter({ lang: language })));
    return fingerprintSentences(document, segment(document.text).map((sentence) => sentence.text), language, canonical);
  };
}

function fingerprintSentences(document: DocumentInput, sentences: readonly string[], language: Language, canonical: (key: string) => string): Fingerprint {
  const { tag, rules } = language;
  const facts = WordFacts.of(rules);
  const keys = new Map<string, number>();
  const add = (key: string) => {
    const count = keys.get(key);
    if (count === undefined) keys.set(canonical(key), 1);
    else keys.set(key, count + 1);
  };
  const numbers: number[] = [];
  // The numbers and names of each sentence as the checks read them (the part of their analysis
  // that a fingerprint needs), with the names known in the document.
  const texts = sentences.map(withoutDateline);
  const knownNames = collectKnownNames(texts, { lang: language });
  texts.forEach((text, index) => {
    const analysis = readNumbersAndNames(text, language, knownNames);
    for (const number of analysis.numbers) {
      if (number.kind === 'word' || (Number.isInteger(number.value) && Math.abs(number.value) < 10)) continue;
      add(`#${number.value}`);
      numbers.push(number.value);
    }
    for (const name of analysis.mentions) add(`n:${name.key}`);
    // Its words (`WORD`), walked by char code; only those long enough for a key are looked up,
    // by the stretch of text itself (a word met before costs no new string).
    const sentence = sentences[index]!;
    for (let start = wordStart(sentence, 0); start >= 0; ) {
      const end = wordEnd(sentence, start);
      if (end - start >= INDEX_COGNATE_LETTERS) {
        const key = facts.indexKey(facts.index(sentence, start, end));
        if (key !== '') add(key);
      }
      start = wordStart(sentence, end);
    }
  });
  return {
    id: document.id,
    keys,
    numbers,
    chars: countChars(document.text),
    sentences: [...sentences],
    lang: tag,
    date: document.date ?? readDateline(document.text),
  };
}

/**
 * The fingerprint of several documents read one after the other (two short articles that one
 * translation covers): keys summed, numbers and sentences in order, the first known date.
 */
export function mergeFingerprints(prints: readonly Fingerprint[]): Fingerprint {
  const keys = new Map<string, number>();
  for (const print of prints) for (const [key, count] of print.keys) keys.set(key, (keys.get(key) ?? 0) + count);
  return {
    id: prints.map((print) => print.id).join('+'),
    keys,
    numbers: prints.flatMap((print) => print.numbers),
    chars: prints.reduce((sum, print) => sum + print.chars, 0),
    sentences: prints.flatMap((print) => print.sentences),
    lang: prints[0]?.lang ?? 'und',
    date: prints.find((print) => print.date !== undefined)?.date,
  };
}
