import { TOKEN_CLASSES, type SentenceEvidence } from './evidence.js';

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
  heading: Uint8Array;
}

/** Probability that a token of each class is matched in its true translation. */
export type SurvivalRates = readonly number[];

/** Starting survival rates by class (number, name, word, punctuation), before a document's own are estimated. */
export const DEFAULT_SURVIVAL: SurvivalRates = Object.freeze([0.8, 0.6, 0.25, 0.5]);

/** In how many sentences of a side each key occurs. */
export function documentFrequencies(side: readonly SentenceEvidence[], keyCount: number): Uint32Array {
  const frequencies = new Uint32Array(keyCount);
  const seen = new Int32Array(keyCount).fill(-1);
  side.forEach((sentence, index) => {
    for (const token of sentence.tokens) {
      for (const key of token.keys) {
        if (seen[key] !== index) {
          seen[key] = index;
          frequencies[key]! += 1;
        }
      }
    }
  });
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
  side: readonly SentenceEvidence[],
  otherFrequencies: Uint32Array,
  otherCount: number,
  survival: SurvivalRates,
): PreparedSide {
  const count = side.length;
  const entryStart = new Int32Array(count + 1);
  const gainStart = new Int32Array(count + 1);
  const allKeys: number[] = [];
  const allBits: number[] = [];
  const allGains: number[] = [];
  const prepared = {
    count,
    base: new Float64Array(count),
    best: new Float64Array(count),
    lengths: new Float64Array(count),
    paragraphs: new Int32Array(count),
    boilerplate: new Uint8Array(count),
    heading: new Uint8Array(count),
  };
  const denominator = Math.max(otherCount, 1);
  // Scratch space reused for every sentence: candidate tokens, their gains and misses.
  let gain = new Float64Array(64);
  let miss = new Float64Array(64);
  let order = new Int32Array(64);
  for (let index = 0; index < count; index += 1) {
    const sentence = side[index]!;
    const tokens = sentence.tokens;
    if (tokens.length > gain.length) {
      gain = new Float64Array(tokens.length * 2);
      miss = new Float64Array(tokens.length * 2);
      order = new Int32Array(tokens.length * 2);
    }
    let candidates = 0;
    for (let t = 0; t < tokens.length; t += 1) {
      const token = tokens[t]!;
      let chance = 0;
      for (const key of token.keys) chance += otherFrequencies[key] ?? 0;
      if (chance === 0) continue;
      const random = Math.min(0.95, (chance + 0.1) / (denominator + 1));
      const rate = survival[token.tokenClass] ?? 0.3;
      if (rate <= random) continue;
      gain[t] = Math.log(rate / random);
      miss[t] = Math.log((1 - rate) / (1 - random));
      order[candidates++] = t;
    }
    const chosen = order.subarray(0, candidates);
    if (candidates > MAX_TOKENS) {
      const sorted = Array.from(chosen).sort((x, y) => gain[y]! - gain[x]!);
      chosen.set(sorted);
    }
    const kept = Math.min(candidates, MAX_TOKENS);
    let base = 0;
    let best = 0;
    let entryCount = 0;
    for (let bit = 0; bit < kept; bit += 1) entryCount += tokens[chosen[bit]!]!.keys.length;
    // Entries packed as key × 32 + bit, so that one numeric sort orders them by key.
    const packed = new Int32Array(entryCount);
    let at = 0;
    for (let bit = 0; bit < kept; bit += 1) {
      const t = chosen[bit]!;
      allGains.push(gain[t]! - miss[t]!);
      base += miss[t]!;
      best += gain[t]!;
      for (const key of tokens[t]!.keys) packed[at++] = key * 32 + bit;
    }
    packed.sort();
    for (let e = 0; e < entryCount; e += 1) {
      allKeys.push(packed[e]! >> 5);
      allBits.push(packed[e]! & 31);
    }
    entryStart[index + 1] = allKeys.length;
    gainStart[index + 1] = allGains.length;
    prepared.base[index] = base;
    prepared.best[index] = best;
    prepared.lengths[index] = sentence.length;
    prepared.paragraphs[index] = sentence.paragraph;
    prepared.boilerplate[index] = sentence.boilerplate ? 1 : 0;
    prepared.heading[index] = sentence.heading ? 1 : 0;
  }
  return {
    ...prepared,
    entryStart,
    keys: Int32Array.from(allKeys),
    bits: Uint8Array.from(allBits),
    gainStart,
    gains: Float64Array.from(allGains),
  };
}

/** Checks that survival rates cover every token class. */
export function isSurvivalRates(value: readonly number[]): boolean {
  return value.length === TOKEN_CLASSES && value.every((rate) => rate > 0 && rate < 1);
}
