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
): PreparedSide {
  const count = side.count;
  const entryStart = new Int32Array(count + 1);
  const gainStart = new Int32Array(count + 1);
  // Flat outputs, sized for the worst case (every token kept): at most every key and every token once.
  const allKeys = new Int32Array(side.keys.length);
  const allBits = new Uint8Array(side.keys.length);
  const allGains = new Float64Array(side.tokenClass.length);
  let keyCount = 0;
  let gainCount = 0;
  const prepared = {
    count,
    base: new Float64Array(count),
    best: new Float64Array(count),
    lengths: side.lengths,
    paragraphs: side.paragraphs,
    boilerplate: side.boilerplate,
    credit: side.credit,
    heading: side.heading,
  };
  const denominator = Math.max(otherCount, 1);
  // Scratch space reused for every sentence: the best tokens so far, by the odds ratio rate/random
  // (logs are taken only for the tokens kept).
  const ratio = new Float64Array(MAX_TOKENS + 1);
  const randomOf = new Float64Array(MAX_TOKENS + 1);
  const rateOf = new Float64Array(MAX_TOKENS + 1);
  const order = new Int32Array(MAX_TOKENS + 1);
  const gain = new Float64Array(MAX_TOKENS);
  const miss = new Float64Array(MAX_TOKENS);
  let scratch = new Int32Array(256);
  for (let index = 0; index < count; index += 1) {
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
    if (entryCount > scratch.length) scratch = new Int32Array(entryCount * 2);
    const packed = scratch.subarray(0, entryCount);
    let at = 0;
    for (let bit = 0; bit < kept; bit += 1) {
      const t = chosen[bit]!;
      allGains[gainCount++] = gain[bit]! - miss[bit]!;
      base += miss[bit]!;
      best += gain[bit]!;
      for (let k = side.keyStart[t]!; k < side.keyStart[t + 1]!; k += 1) packed[at++] = side.keys[k]! * 32 + bit;
    }
    packed.sort();
    for (let e = 0; e < entryCount; e += 1) {
      allKeys[keyCount] = packed[e]! >> 5;
      allBits[keyCount++] = packed[e]! & 31;
    }
    entryStart[index + 1] = keyCount;
    gainStart[index + 1] = gainCount;
    prepared.base[index] = base;
    prepared.best[index] = best;
  }
  return {
    ...prepared,
    entryStart,
    keys: allKeys.slice(0, keyCount),
    bits: allBits.slice(0, keyCount),
    gainStart,
    gains: allGains.slice(0, gainCount),
  };
}
