import type { DictionaryEntry } from '../score/dictionary.js';
import { SurfaceTable } from '../text/surface-table.js';
import { wordEnd, wordStart } from '../text/words.js';
import { diceLexicon } from '../score/lexicon.js';
import type { Fingerprint } from './fingerprint.js';
import { KeyBag, KeyTable, sharedKeyTable } from './key-bag.js';
import { TEACHING_BEAD_SCORE, verifyPairWithBeads } from './verify.js';

/** Most sentence pairs read (from pairs evenly spread), bounding the work on large collections. */
const MAX_SENTENCE_PAIRS = 20_000;
/** Fewest sentence pairs worth learning from: below it, chance co-occurrences dominate. */
const MIN_SENTENCE_PAIRS = 50;

/** The lower-cased words (`WORD`) of `text`, added to `into`. */
function words(text: string, into = new Set<string>()): Set<string> {
  forEachWord(text, (word) => into.add(word));
  return into;
}

/** Calls `visit` with each word (`WORD`) of `text`, lower-cased, in order: walked by char code, no match object per word. */
function forEachWord(text: string, visit: (word: string) => void): void {
  for (let start = wordStart(text, 0); start >= 0; ) {
    const end = wordEnd(text, start);
    visit(text.slice(start, end).toLowerCase());
    start = wordStart(text, end);
  }
}

/** Numbers for the lower-cased words of one side, from 0 in the order first met, and back. */
class WordNumbers {
  readonly #numbers = new Map<string, number>();
  readonly #words: string[] = [];

  /** The numbers of the words of `text`, each once, in the order they occur. */
  of(text: string): Set<number> {
    const numbers = new Set<number>();
    for (const word of words(text)) {
      let number = this.#numbers.get(word);
      if (number === undefined) {
        number = this.#words.length;
        this.#numbers.set(word, number);
        this.#words.push(word);
      }
      numbers.add(number);
    }
    return numbers;
  }

  word(number: number): string {
    return this.#words[number]!;
  }
}

/**
 * The entries of a dictionary that can matter to one document pair: source word in the source,
 * target word in the target. A collection lexicon has thousands of entries and each verifying
 * alignment needs a few dozen, so this keeps verification as cheap as without a dictionary.
 */
export function createDictionaryView(dictionary: readonly DictionaryEntry[]): (source: Fingerprint, target: Fingerprint) => DictionaryEntry[] {
  const bySource = new Map<string, DictionaryEntry[]>();
  for (const entry of dictionary) (bySource.get(entry.source) ?? bySource.set(entry.source, []).get(entry.source)!).push(entry);
  // The words of a document, worked out once per fingerprint for as long as the view lives.
  const wordsOf = new WeakMap<Fingerprint, Set<string>>();
  const documentWords = (print: Fingerprint): Set<string> => {
    let found = wordsOf.get(print);
    if (found === undefined) {
      found = new Set<string>();
      for (const sentence of print.sentences) words(sentence, found);
      wordsOf.set(print, found);
    }
    return found;
  };
  return (source, target) => {
    const targetWords = documentWords(target);
    const entries: DictionaryEntry[] = [];
    for (const word of documentWords(source)) for (const entry of bySource.get(word) ?? []) if (targetWords.has(entry.target)) entries.push(entry);
    return entries;
  };
}

/**
 * Learns word translations from the pairs already found in a collection: each pair is aligned
 * (or, when given, the confident 1-1 beads of its verifying alignment are read), and the words of its confident 1-1 beads are counted together (Dice, as the aligner's own
 * second pass does within a document). Used as a dictionary, the lexicon lets the verifying
 * alignment see translations that share no number, name or cognate — dialogue, above all.
 *
 * @returns dictionary entries, empty when the pairs hold too few sentences to learn from.
 */
export function learnCollectionLexicon(pairs: readonly (readonly [Fingerprint, Fingerprint, (Uint32Array | undefined)?])[]): DictionaryEntry[] {
  // Pairs are read evenly spread and only until enough sentences are in: a large collection's
  // thousands of sure pairs would teach no more, at the cost of aligning each again.
  const sentences = pairs.reduce((sum, [source, target]) => sum + Math.min(source.sentences.length, target.sentences.length), 0);
  const step = Math.max(1, Math.floor(sentences / (2 * MAX_SENTENCE_PAIRS)));
  // Words are counted as numbers, one per distinct word and side, given in the order first met,
  // so that the counting (tens of millions of look-ups) hashes no string.
  const sourceWords = new WordNumbers();
  const targetWords = new WordNumbers();
  const sampled: [Set<number>, Set<number>][] = [];
  for (let index = 0; index < pairs.length && sampled.length < MAX_SENTENCE_PAIRS; index += step) {
    const [source, target, known] = pairs[index]!;
    if (source.sentences.length === 0 || target.sentences.length === 0) continue;
    // The verifying alignment's confident 1-1 beads, when the caller kept them, else aligned anew.
    const teaching = known ?? verifyPairWithBeads(source, target, 1).teaching;
    for (let at = 0; at < teaching.length; at += 2) {
      sampled.push([sourceWords.of(source.sentences[teaching[at]!]!), targetWords.of(target.sentences[teaching[at + 1]!]!)]);
    }
  }
  if (sampled.length < MIN_SENTENCE_PAIRS) return [];
  return diceLexicon(sampled, { minCount: 2, minDice: 0.3, maxPerWord: 3 }).map(([source, target]) => ({
    source: sourceWords.word(source),
    target: targetWords.word(target),
  }));
}

/**
 * Fingerprints that also carry translated words as keys (`x:house`): each source word adds its
 * dictionary translations, each target word known to the dictionary adds itself, so that the
 * candidate index can match documents that share nothing but vocabulary. The inputs are not
 * changed.
 */
export function withTranslations(
  sources: readonly Fingerprint[],
  targets: readonly Fingerprint[],
  dictionary: readonly DictionaryEntry[],
): [Fingerprint[], Fingerprint[]] {
  // Keys as numbers of the run's key table (a pairing run's fingerprints share one), so that the
  // index reads the new bags as they are stored instead of hashing every key string again.
  const table = sharedKeyTable([...sources, ...targets]) ?? new KeyTable();
  const translations = new Map<string, number[]>();
  // One number per translated word (`x:house`), interned once.
  const keyOf = new Map<string, number>();
  const translatedKey = (word: string): number => {
    let key = keyOf.get(word);
    if (key === undefined) keyOf.set(word, (key = table.intern(`x:${word}`)));
    return key;
  };
  for (const { source, target } of dictionary) (translations.get(source) ?? translations.set(source, []).get(source)!).push(translatedKey(target));
  // Per side, each distinct word as written (looked up by its stretch of text) and its keys:
  // a side's words repeat across its documents, and each occurrence was cut out and lower-cased.
  const sideExtender = (keysOf: (word: string) => readonly number[]) => {
    const surfaces = new SurfaceTable();
    const surfaceKeys: (readonly number[])[] = [];
    return (print: Fingerprint): Fingerprint => {
      const own = print.keys instanceof KeyBag && print.keys.table === table ? print.keys : new KeyBag(print.keys, table);
      // The document's keys in their order, then the translated ones in the order first met.
      // Translated keys (`x:`) are counted apart: a document's own keys are numbers, names and
      // cognates, so the two meet only in a document translated before, which takes the sum.
      const counts = new Map<number, number>();
      for (const sentence of print.sentences) {
        for (let start = wordStart(sentence, 0); start >= 0; ) {
          const end = wordEnd(sentence, start);
          const hash = SurfaceTable.hash(sentence, start, end);
          let entry = surfaces.find(sentence, start, end, hash);
          if (entry < 0) {
            const surface = sentence.slice(start, end);
            entry = surfaces.add(surface, hash);
            surfaceKeys.push(keysOf(surface.toLowerCase()));
          }
          for (const key of surfaceKeys[entry]!) counts.set(key, (counts.get(key) ?? 0) + 1);
          start = wordStart(sentence, end);
        }
      }
      return { ...print, keys: KeyBag.joined(own, counts) };
    };
  };
  const none: readonly number[] = [];
  const known = new Map(dictionary.map((entry) => [entry.target, [translatedKey(entry.target)]] as const));
  return [sources.map(sideExtender((word) => translations.get(word) ?? none)), targets.map(sideExtender((word) => known.get(word) ?? none))];
}
