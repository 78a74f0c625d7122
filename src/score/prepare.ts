import { estimateAbsence, type AbsenceRates, type SentenceAbsence } from './absence.js';
import type { SideEvidence } from './evidence.js';

/** Bits per sentence in a match mask: the 31 most informative tokens of a sentence take part. */
export const MAX_TOKENS = 31;

/**
 * One side of a document pair, ready for scoring: for each sentence, its (key, bit) entries
 * sorted by key for merge joins, what each bit gains when matched, and the log-likelihood of
 * the sentence if none of its tokens is matched.
 */
export interface PreparedSide {
  count: number;
  /** Sentence k's (key, bit) entries are `keys`/`bits` from `entryStart[k]` to `entryStart[k + 1]`, sorted by key. */
  entryStart: Int32Array;
  keys: Int32Array;
  bits: Uint8Array;
  /** Sentence k's bit gains are `gains` from `gainStart[k]` on. */
  gainStart: Int32Array;
  gains: Float64Array;
  base: Float64Array;
  /** `base` plus every gain: the best the sentence can score. */
  best: Float64Array;
  lengths: Float64Array;
  paragraphs: Int32Array;
  boilerplate: Uint8Array;
  credit: Uint8Array;
  heading: Uint8Array;
  continuation: Uint8Array;
  /** Per sentence: what speaks for its content being absent from the other side (see `estimateAbsence`). */
  absence: SentenceAbsence;
  /** Per bit, as `gains` (sentence k's from `gainStart[k]` on): the token it stands for, an index into the side's tokens. */
  chosen: Int32Array;
}

/** Probability that a token of each class is matched in its true translation. */
export type SurvivalRates = readonly number[];

/** Starting survival rates by class (number, name, word, punctuation), before a document's own are estimated. */
export const DEFAULT_SURVIVAL: SurvivalRates = Object.freeze([0.8, 0.6, 0.25, 0.5]);

/** In how many sentences of a side each key occurs. */
export function documentFrequencies(side: SideEvidence, keyCount: number): Uint32Array {
  const frequencies = new Uint32Array(keyCount);
  const seen = new Int32Array(keyCount).fill(-1);
  for (let index = 0; index < side.count; index += 1) {
    const from = side.keyStart[side.sentenceStart[index]!]!;
    const to = side.keyStart[side.sentenceStart[index + 1]!]!;
    for (let k = from; k < to; k += 1) {
      const key = side.keys[k]!;
      if (seen[key] !== index) {
        seen[key] = index;
        frequencies[key]! += 1;
      }
    }
  }
  return frequencies;
}

/**
 * Weighs each token by how unlikely it is to be matched by chance (Moore 2002 and Melamed's
 * likelihood ratios in spirit): a token whose keys occur in a share `r` of the other side's
 * sentences gains `log(p/r)` when matched and costs `log((1−p)/(1−r))` when not, where `p` is the
 * survival rate of its class. Tokens that cannot be matched anywhere in the other side carry no
 * evidence and are left out.
 */
export function prepareSide(
  side: SideEvidence,
  otherFrequencies: Uint32Array,
  otherCount: number,
  survival: SurvivalRates,
  absenceRates?: AbsenceRates,
): PreparedSide {
  const count = side.count;
  const state: PrepareState = {
    side,
    otherFrequencies,
    denominator: Math.max(otherCount, 1),
    survival,
    entryStart: new Int32Array(count + 1),
    gainStart: new Int32Array(count + 1),
    // Flat outputs, sized for the worst case (every token kept): at most every key and every token once.
    keys: new Int32Array(side.keys.length),
    bits: new Uint8Array(side.keys.length),
    gains: new Float64Array(side.tokenClass.length),
    chosen: new Int32Array(Math.min(side.tokenClass.length, count * MAX_TOKENS)),
    keyCount: 0,
    gainCount: 0,
    base: new Float64Array(count),
    best: new Float64Array(count),
    // Scratch space reused for every sentence: the best tokens so far, by the odds ratio rate/random
    // (logs are taken only for the tokens kept).
    ratio: new Float64Array(MAX_TOKENS + 1),
    randomOf: new Float64Array(MAX_TOKENS + 1),
    rateOf: new Float64Array(MAX_TOKENS + 1),
    order: new Int32Array(MAX_TOKENS + 1),
    gain: new Float64Array(MAX_TOKENS),
    miss: new Float64Array(MAX_TOKENS),
    scratch: new Int32Array(256),
  };
  // One call per sentence: a small function called thousands of times is compiled to optimised
  // code early, and stays so for every later side and pass (a loop body inside one long call runs
  // interpreted until on-stack replacement, on every call again).
  for (let index = 0; index < count; index += 1) prepareSentence(state, index);
  return {
    count,
    base: state.base,
    best: state.best,
    lengths: side.lengths,
    paragraphs: side.paragraphs,
    boilerplate: side.boilerplate,
    credit: side.credit,
    heading: side.heading,
    continuation: side.continuation,
    absence: estimateAbsence(side, otherFrequencies, absenceRates),
    entryStart: state.entryStart,
    keys: state.keys.slice(0, state.keyCount),
    bits: state.bits.slice(0, state.keyCount),
    gainStart: state.gainStart,
    gains: state.gains.slice(0, state.gainCount),
    chosen: state.chosen.slice(0, state.gainCount),
  };
}

/** What {@link prepareSide} carries from sentence to sentence: inputs, outputs and scratch space. */
interface PrepareState {
  side: SideEvidence;
  otherFrequencies: Uint32Array;
  denominator: number;
  survival: SurvivalRates;
  entryStart: Int32Array;
  gainStart: Int32Array;
  keys: Int32Array;
  bits: Uint8Array;
  gains: Float64Array;
  chosen: Int32Array;
  keyCount: number;
  gainCount: number;
  base: Float64Array;
  best: Float64Array;
  ratio: Float64Array;
  randomOf: Float64Array;
  rateOf: Float64Array;
  order: Int32Array;
  gain: Float64Array;
  miss: Float64Array;
  scratch: Int32Array;
}

/** Prepares sentence `index`: picks its best tokens, their gains, and its sorted (key, bit) entries. */
function prepareSentence(state: PrepareState, index: number): void {
  const { side, otherFrequencies, denominator, survival, ratio, randomOf, rateOf, order, gain, miss } = state;
  let candidates = 0;
  for (let t = side.sentenceStart[index]!; t < side.sentenceStart[index + 1]!; t += 1) {
    let chance = 0;
    for (let k = side.keyStart[t]!; k < side.keyStart[t + 1]!; k += 1) chance += otherFrequencies[side.keys[k]!] ?? 0;
    if (chance === 0) continue;
    const random = Math.min(0.95, (chance + 0.1) / (denominator + 1));
    const rate = survival[side.tokenClass[t]!] ?? 0.3;
    if (rate <= random) continue;
    const odds = rate / random;
    if (candidates === MAX_TOKENS && odds <= ratio[MAX_TOKENS - 1]!) continue;
    // Insertion into the sorted list of the best MAX_TOKENS tokens.
    let at = Math.min(candidates, MAX_TOKENS - 1);
    while (at > 0 && ratio[at - 1]! < odds) {
      ratio[at] = ratio[at - 1]!;
      randomOf[at] = randomOf[at - 1]!;
      rateOf[at] = rateOf[at - 1]!;
      order[at] = order[at - 1]!;
      at -= 1;
    }
    ratio[at] = odds;
    randomOf[at] = random;
    rateOf[at] = rate;
    order[at] = t;
    if (candidates < MAX_TOKENS) candidates += 1;
  }
  const chosen = order;
  for (let bit = 0; bit < candidates; bit += 1) {
    gain[bit] = Math.log(ratio[bit]!);
    miss[bit] = Math.log((1 - rateOf[bit]!) / (1 - randomOf[bit]!));
  }
  const kept = Math.min(candidates, MAX_TOKENS);
  let base = 0;
  let best = 0;
  let entryCount = 0;
  for (let bit = 0; bit < kept; bit += 1) entryCount += side.keyStart[chosen[bit]! + 1]! - side.keyStart[chosen[bit]!]!;
  // Entries packed as key × 32 + bit, so that one numeric sort orders them by key.
  if (entryCount > state.scratch.length) state.scratch = new Int32Array(entryCount * 2);
  const packed = state.scratch;
  let at = 0;
  let gainCount = state.gainCount;
  for (let bit = 0; bit < kept; bit += 1) {
    const t = chosen[bit]!;
    state.chosen[gainCount] = t;
    state.gains[gainCount++] = gain[bit]! - miss[bit]!;
    base += miss[bit]!;
    best += gain[bit]!;
    for (let k = side.keyStart[t]!; k < side.keyStart[t + 1]!; k += 1) packed[at++] = side.keys[k]! * 32 + bit;
  }
  sortPrefix(packed, entryCount);
  let keyCount = state.keyCount;
  for (let e = 0; e < entryCount; e += 1) {
    state.keys[keyCount] = packed[e]! >> 5;
    state.bits[keyCount++] = packed[e]! & 31;
  }
  state.keyCount = keyCount;
  state.gainCount = gainCount;
  state.entryStart[index + 1] = keyCount;
  state.gainStart[index + 1] = gainCount;
  state.base[index] = base;
  state.best[index] = best;
}

/**
 * Sorts `values[0 … count − 1]` in place, ascending: an insertion sort, since a sentence has a few
 * dozen entries at most and a typed array's own sort, on a fresh view per sentence, costs more
 * than the sorting.
 */
function sortPrefix(values: Int32Array, count: number): void {
  for (let index = 1; index < count; index += 1) {
    const value = values[index]!;
    let at = index;
    while (at > 0 && values[at - 1]! > value) {
      values[at] = values[at - 1]!;
      at -= 1;
    }
    values[at] = value;
  }
}
