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
  keys: Int32Array[];
  bits: Uint8Array[];
  gains: Float64Array[];
  base: Float64Array;
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
  const prepared: PreparedSide = {
    count,
    keys: new Array(count),
    bits: new Array(count),
    gains: new Array(count),
    base: new Float64Array(count),
    lengths: new Float64Array(count),
    paragraphs: new Int32Array(count),
    boilerplate: new Uint8Array(count),
    heading: new Uint8Array(count),
  };
  const denominator = Math.max(otherCount, 1);
  for (let index = 0; index < count; index += 1) {
    const sentence = side[index]!;
    const candidates: { keys: number[]; gain: number; miss: number }[] = [];
    for (const token of sentence.tokens) {
      let chance = 0;
      for (const key of token.keys) chance += otherFrequencies[key] ?? 0;
      if (chance === 0) continue;
      const random = Math.min(0.95, (chance + 0.1) / (denominator + 1));
      const rate = survival[token.tokenClass] ?? 0.3;
      if (rate <= random) continue;
      candidates.push({ keys: token.keys, gain: Math.log(rate / random), miss: Math.log((1 - rate) / (1 - random)) });
    }
    candidates.sort((a, b) => b.gain - a.gain);
    const kept = candidates.slice(0, MAX_TOKENS);
    const entries: [number, number][] = [];
    const gains = new Float64Array(kept.length);
    let base = 0;
    kept.forEach((candidate, bit) => {
      gains[bit] = candidate.gain - candidate.miss;
      base += candidate.miss;
      for (const key of candidate.keys) entries.push([key, bit]);
    });
    entries.sort((a, b) => a[0] - b[0]);
    prepared.keys[index] = Int32Array.from(entries, (entry) => entry[0]);
    prepared.bits[index] = Uint8Array.from(entries, (entry) => entry[1]);
    prepared.gains[index] = gains;
    prepared.base[index] = base;
    prepared.lengths[index] = sentence.length;
    prepared.paragraphs[index] = sentence.paragraph;
    prepared.boilerplate[index] = sentence.boilerplate ? 1 : 0;
    prepared.heading[index] = sentence.heading ? 1 : 0;
  }
  return prepared;
}

/** Checks that survival rates cover every token class. */
export function isSurvivalRates(value: readonly number[]): boolean {
  return value.length === TOKEN_CLASSES && value.every((rate) => rate > 0 && rate < 1);
}
