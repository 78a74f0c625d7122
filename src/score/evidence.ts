import { WordFacts } from '../analysis/word-facts.js';
import { extractNumbers } from '../features/numbers.js';
import { countChars } from '../features/length.js';
import { profilePunctuation } from '../features/punctuation.js';
import { resolveLanguage, type KnownLanguage, type Language } from '../text/language.js';
import { isBoilerplate, isCredit } from '../text/boilerplate.js';
import { wordEnd, wordStart } from '../text/words.js';
import { isContinuation } from './continuation.js';
import { createIntBuffer } from './int-buffer.js';
import { SurfaceTable } from '../text/surface-table.js';
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

/**
 * The evidence of one side of a document pair, in flat arrays (one allocation per column, not
 * per token, so that 100,000-sentence documents stay small). Sentence k owns tokens
 * `sentenceStart[k]` to `sentenceStart[k + 1]`; token x owns keys `keyStart[x]` to
 * `keyStart[x + 1]`. Keys are ids of the strings by which a token can meet a token of the other
 * language.
 */
export interface SideEvidence {
  count: number;
  sentenceStart: Int32Array;
  keyStart: Int32Array;
  keys: Int32Array;
  tokenClass: Uint8Array;
  /** Id of the lower-cased word on its own side, for lexicon learning; -1 for numbers and punctuation. */
  tokenWord: Int32Array;
  lengths: Float64Array;
  paragraphs: Int32Array;
  /** Page chrome (`view more`, comment forms) that is never a translation of anything. */
  boilerplate: Uint8Array;
  /** Photo credits (`Foto: NTB`): they translate only other credits. */
  credit: Uint8Array;
  /** Headings: short paragraphs of their own without sentence-final punctuation; often rewritten rather than translated. */
  heading: Uint8Array;
  /** Sentences whose first letter is lower case: fragments that continue the sentence before (see `isContinuation`). */
  continuation: Uint8Array;
}

/**
 * A side's evidence with its fields in one fixed order, the one way every `SideEvidence` is
 * made: sides built, kept to their best tokens, downsampled or given a lexicon's keys then share
 * one object shape, so the loops that read them for every sentence and token (`prepareSide`,
 * `documentFrequencies`, `keepTokens`) are compiled once. Copies by spreading each had a shape
 * of their own, and deoptimised those loops as each new one came (measured with `--trace-deopt`).
 */
export function sideEvidence(fields: SideEvidence): SideEvidence {
  return {
    count: fields.count,
    sentenceStart: fields.sentenceStart,
    keyStart: fields.keyStart,
    keys: fields.keys,
    tokenClass: fields.tokenClass,
    tokenWord: fields.tokenWord,
    lengths: fields.lengths,
    paragraphs: fields.paragraphs,
    boilerplate: fields.boilerplate,
    credit: fields.credit,
    heading: fields.heading,
    continuation: fields.continuation,
  };
}

/** The text, paragraph and language of the sentences of one side. */
export interface SideInput {
  texts: readonly string[];
  paragraphs: readonly number[];
  /** The side's language: a BCP 47 tag, or the `Language` the caller resolved once. */
  lang: string | Language;
  /** The language's rule set; by default the one `lang` resolves to. */
  rules?: KnownLanguage | undefined;
  /** `s` or `t`: word ids are kept apart per side. */
  side: 's' | 't';
  /**
   * What earlier sides of the same language, side and interner found for a word: when given, a
   * word met before is not keyed again (see `prepareSide`, which prepares thousands of documents
   * over one interner). Its `get` must ask the interner again for the ids it returns, in the
   * order a fresh analysis asks for them (cognate key first), so the ids' order is the same.
   */
  memo?: SurfaceMemo;
}

/** A word's evidence as a side's analysis found it: its cognate key's id (-1 for none), its class, its word id. */
export interface SurfaceEntry {
  key: number;
  tokenClass: TokenClass;
  word: number;
}

/** Words' evidence kept from side to side (see `SideInput.memo`). */
export interface SurfaceMemo {
  get(surface: string): SurfaceEntry | undefined;
  set(surface: string, entry: SurfaceEntry): void;
}

const PUNCTUATION_KEYS = ['p?', 'p!', 'p"', 'p(', 'p–'] as const;

/**
 * Turns each sentence of a side into tokens that can meet their translation: numbers by value
 * (`#30000`), words and names by the first four letters of their transliteration key (Simard,
 * Foster & Isabelle 1992, "Using cognates to align sentences": cognates share a 4-letter prefix),
 * short acronyms whole, and punctuation that survives translation (`?`, `!`, quotes, brackets,
 * dialogue dash). Keys live in `interner`, shared by both sides.
 */
export function buildSideEvidence(input: SideInput, interner: Interner): SideEvidence {
  const { texts, side, memo } = input;
  const lang = resolveLanguage(input.lang);
  const rules = 'rules' in input ? input.rules : lang.rules;
  const count = texts.length;
  const sentenceStart = new Int32Array(count + 1);
  // Flat per-token columns; a side of 100,000 sentences has millions of tokens.
  const keyStart = createIntBuffer(16 * count + 1);
  keyStart.push(0);
  const keys = createIntBuffer(16 * count);
  const classes = createIntBuffer(16 * count);
  const words = createIntBuffer(16 * count);
  const lengths = new Float64Array(count);
  const boilerplate = new Uint8Array(count);
  const credit = new Uint8Array(count);
  // Per distinct surface (the table's index): its cognate key, whether it is a name, its word id.
  // Sized for the side: thousands of short documents each build one.
  const surfaces = new SurfaceTable(Math.min(512, 16 * count));
  const surfaceKeys: number[] = [];
  const surfaceClasses: TokenClass[] = [];
  const surfaceWords: number[] = [];
  const punctuationIds = PUNCTUATION_KEYS.map((key) => interner.id(key));
  const facts = WordFacts.of(rules);
  const push = (key: number, tokenClass: TokenClass, word: number) => {
    if (key >= 0) keys.push(key);
    keyStart.push(keys.length);
    classes.push(tokenClass);
    words.push(word);
  };
  for (let index = 0; index < count; index += 1) {
    const text = texts[index]!;
    const numbers = extractNumbers(text, { lang });
    for (const number of numbers) push(interner.in('', `#${number.value}`), TokenClass.Number, -1);
    let numberIndex = 0;
    // The words (`WORD`), walked by char code.
    for (let start = wordStart(text, 0); start >= 0; ) {
      const end = wordEnd(text, start);
      const from = start;
      start = wordStart(text, end);
      while (numberIndex < numbers.length && numbers[numberIndex]!.end <= from) numberIndex += 1;
      const number = numbers[numberIndex];
      if (number !== undefined && number.start <= from && from < number.end) continue;
      const hash = SurfaceTable.hash(text, from, end);
      let token = surfaces.find(text, from, end, hash);
      if (token < 0) {
        const known = facts.index(text, from, end, hash);
        const surface = facts.surface(known);
        token = surfaces.add(surface, hash);
        let entry = memo?.get(surface);
        if (entry === undefined) {
          const cognate = facts.cognate(known);
          const key = cognate === undefined ? -1 : interner.in('c:', cognate);
          entry = { key, tokenClass: facts.isName(known) ? TokenClass.Name : TokenClass.Word, word: interner.in(side === 's' ? 's:' : 't:', facts.lower(known)) };
          memo?.set(surface, entry);
        }
        surfaceKeys.push(entry.key);
        surfaceClasses.push(entry.tokenClass);
        surfaceWords.push(entry.word);
      }
      push(surfaceKeys[token]!, surfaceClasses[token]!, surfaceWords[token]!);
    }
    const punctuation = profilePunctuation(text);
    if (punctuation.question > 0) push(punctuationIds[0]!, TokenClass.Punctuation, -1);
    if (punctuation.exclamation > 0) push(punctuationIds[1]!, TokenClass.Punctuation, -1);
    if (punctuation.quote > 0) push(punctuationIds[2]!, TokenClass.Punctuation, -1);
    if (punctuation.bracket > 0) push(punctuationIds[3]!, TokenClass.Punctuation, -1);
    if (punctuation.dialogueDash > 0) push(punctuationIds[4]!, TokenClass.Punctuation, -1);
    sentenceStart[index + 1] = classes.length;
    lengths[index] = countChars(text);
    boilerplate[index] = isBoilerplate(text) ? 1 : 0;
    credit[index] = isCredit(text) ? 1 : 0;
  }
  return sideEvidence({
    count,
    sentenceStart,
    keyStart: keyStart.toInt32Array(),
    keys: keys.toInt32Array(),
    tokenClass: Uint8Array.from(classes.toInt32Array()),
    tokenWord: words.toInt32Array(),
    lengths,
    paragraphs: Int32Array.from(input.paragraphs),
    boilerplate,
    credit,
    heading: markHeadings(texts, input.paragraphs),
    continuation: Uint8Array.from(texts, (text) => (isContinuation(text) ? 1 : 0)),
  });
}

/**
 * Marks headings: sentences that are a whole paragraph on their own (not the first), of at most
 * eight words, with no sentence-final punctuation. Only texts with paragraph structure have them.
 */
function markHeadings(texts: readonly string[], paragraphs: readonly number[]): Uint8Array {
  return Uint8Array.from(texts, (raw, index) => {
    const alone = index > 0 && paragraphs[index - 1] !== paragraphs[index] && paragraphs[index + 1] !== paragraphs[index];
    if (!alone) return 0;
    const text = raw.trim();
    return !/[.!?…:;]["'»”’)]*$/u.test(text) && text.split(/\s+/).length <= 8 ? 1 : 0;
  });
}

/**
 * The side with only the tokens `chosen` per sentence (`chosen[start[k]] …` for sentence k, as
 * `PreparedSide.chosen` and `gainStart`): what a coarse
 * level is built from. A coarse sentence joins several sentences, and its match mask keeps only
 * its `MAX_TOKENS` most informative tokens; they come, all but always, from its members' own most
 * informative, so each level scans those instead of every token of the document again.
 */
export function keepTokens(side: SideEvidence, start: Int32Array, chosen: Int32Array): SideEvidence {
  const sentenceStart = new Int32Array(side.count + 1);
  const order = Int32Array.from(chosen);
  let keyTotal = 0;
  for (let k = 0; k < side.count; k += 1) {
    // Each sentence's tokens in text order, as a side's are.
    order.subarray(start[k]!, start[k + 1]!).sort();
    sentenceStart[k + 1] = start[k + 1]!;
    for (let x = start[k]!; x < start[k + 1]!; x += 1) keyTotal += side.keyStart[order[x]! + 1]! - side.keyStart[order[x]!]!;
  }
  const tokens = order.length;
  const keyStart = new Int32Array(tokens + 1);
  const keys = new Int32Array(keyTotal);
  const tokenClass = new Uint8Array(tokens);
  const tokenWord = new Int32Array(tokens);
  let at = 0;
  for (let x = 0; x < tokens; x += 1) {
    const t = order[x]!;
    tokenClass[x] = side.tokenClass[t]!;
    tokenWord[x] = side.tokenWord[t]!;
    for (let k = side.keyStart[t]!; k < side.keyStart[t + 1]!; k += 1) keys[at++] = side.keys[k]!;
    keyStart[x + 1] = at;
  }
  return sideEvidence({ ...side, sentenceStart, keyStart, keys, tokenClass, tokenWord });
}

/**
 * Shrinks a side by joining each `factor` consecutive sentences into one, for the coarse pass
 * of the coarse-to-fine search: coarse sentence k is fine sentences k·factor … k·factor + factor − 1.
 * The tokens are shared, not copied: a coarse sentence is a wider slice of the same arrays.
 */
export function downsample(side: SideEvidence, factor: number): SideEvidence {
  const count = Math.ceil(side.count / factor);
  const sentenceStart = new Int32Array(count + 1);
  const lengths = new Float64Array(count);
  const paragraphs = new Int32Array(count);
  const boilerplate = new Uint8Array(count);
  const credit = new Uint8Array(count);
  for (let k = 0; k < count; k += 1) {
    const first = k * factor;
    const last = Math.min(first + factor - 1, side.count - 1);
    sentenceStart[k + 1] = side.sentenceStart[last + 1]!;
    let length = 0;
    let allBoilerplate = 1;
    let allCredit = 1;
    for (let fine = first; fine <= last; fine += 1) {
      length += side.lengths[fine]!;
      allBoilerplate &= side.boilerplate[fine]!;
      allCredit &= side.credit[fine]!;
    }
    lengths[k] = length;
    paragraphs[k] = side.paragraphs[first]!;
    boilerplate[k] = allBoilerplate;
    credit[k] = allCredit;
  }
  return sideEvidence({ ...side, count, sentenceStart, lengths, paragraphs, boilerplate, credit, heading: new Uint8Array(count), continuation: new Uint8Array(count) });
}
