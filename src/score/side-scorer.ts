import type { Band } from './grid.js';
import { countBits, pairMasks, sumBits } from './masks.js';
import type { PreparedSide } from './prepare.js';

/**
 * Matchable evidence (log-likelihood gain if every token were matched) a sentence must have
 * before matching nothing counts against it: about two rare words or one number and a name,
 * enough that a translation kept in a merge would show one of them.
 */
const ORPHAN_POTENTIAL = 3;

const LOG = Array.from({ length: 9 }, (_, count) => (count > 0 ? Math.log(count) : 0));

/** What one side's sentences contribute to a bead: the same code serves the source and the target. */
export interface SideScorer {
  /**
   * Takes the match mask of sentence `own` against the other side's sentence `other` (the cell
   * being filled) and caches, at `cell`, the sentence's term against the other side's sentences
   * `other − span + 1 … other` for every span, by rolling OR masks along the sweep.
   */
  roll(own: number, other: number, mask: number, cell: number): void;
  /** The cached term, at `cell`, of the sentence that ends there against the `span` other sentences that end there. */
  cached(cell: number, span: number): number;
  /**
   * Adds to `out[0]` the terms of own sentences `ownEnd − ownCount … ownEnd − 1`, each against
   * other sentences `otherEnd − otherCount … otherEnd − 1`, and to `out[1]` the cost of the
   * orphans among them when they are several (see `isOrphan`).
   */
  addTerms(ownEnd: number, ownCount: number, otherEnd: number, otherCount: number, out: Float64Array): void;
  /** The same sum computed afresh, for any bead in or out of the band. */
  freshLexical(ownStart: number, ownCount: number, otherStart: number, otherCount: number): number;
  /** Score of leaving sentence `own` unaligned. */
  nullScore(own: number): number;
  /** Cost of joining sentences `start … start + count − 1` across a paragraph break. */
  paragraphCost(start: number, count: number): number;
  /** Sums over sentences `start … start + count − 1`. */
  length(start: number, count: number): number;
  best(start: number, count: number): number;
  boilerplate(start: number, count: number): number;
  credits(start: number, count: number): number;
}

/** The weights a side scorer needs. */
export interface SideWeights {
  nullScore: number;
  headingNullFactor: number;
  paragraphCost: number;
  orphanCost: number;
  lexicalWeight: number;
}

function prefixSums(values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let index = 0; index < values.length; index += 1) sums[index + 1] = sums[index]! + values[index]!;
  return sums;
}

/**
 * Creates the {@link SideScorer} of `own` against `other` over `band`, whose rows are `own`'s
 * sentences (the source) or, `transposed`, its columns (the target); `maxSpan` is the most
 * sentences of the other side a bead may join.
 *
 * A sentence's term is its log-likelihood ratio of being a translation of the other side's
 * sentences it is joined with: `base` (every token missed), plus the gain of each token matched,
 * less log(span) per match (a token has span chances to meet by chance).
 */
export function createSideScorer(
  own: PreparedSide,
  other: PreparedSide,
  band: Band,
  transposed: boolean,
  maxSpan: number,
  weights: SideWeights,
): SideScorer {
  const cache = new Float32Array(band.cells * maxSpan);
  const masks = new Int32Array(own.count * (maxSpan + 1));
  const last = new Int32Array(own.count).fill(-2);
  const lengths = prefixSums(own.lengths);
  const boilerplate = prefixSums(own.boilerplate);
  const credits = prefixSums(own.credit);
  const best = prefixSums(own.best);
  const paragraphs = new Set(own.paragraphs).size > 1;
  const halfLexical = weights.lexicalWeight / 2;
  const scratch = new Int32Array(2);

  /** The band's cell where a bead ends after `ownBoundary` own and `otherBoundary` other sentences; −1 outside the band. */
  function cellOf(ownBoundary: number, otherBoundary: number): number {
    const i = transposed ? otherBoundary : ownBoundary;
    const j = transposed ? ownBoundary : otherBoundary;
    return i >= 0 && i <= band.rows && j >= band.lo[i]! && j <= band.hi[i]! ? band.offsets[i]! + j - band.lo[i]! : -1;
  }

  function orMask(sentence: number, from: number, count: number): number {
    let mask = 0;
    for (let o = Math.max(0, from); o < from + count; o += 1) {
      pairMasks(own, sentence, other, o, scratch);
      mask |= scratch[0]!;
    }
    return mask;
  }

  function term(sentence: number, mask: number, span: number): number {
    return own.base[sentence]! + sumBits(mask, own.gains, own.gainStart[sentence]!) - LOG[span]! * countBits(mask);
  }

  /** Sentence `sentence` against other sentences `otherEnd − span … otherEnd − 1`. */
  function gain(sentence: number, otherEnd: number, span: number): number {
    const cell = cellOf(sentence + 1, otherEnd);
    return cell >= 0 ? cache[cell * maxSpan + span - 1]! : term(sentence, orMask(sentence, otherEnd - span, span), span);
  }

  /**
   * Whether a sentence of a merge matched nothing in the bead although it could have: translators
   * who join sentences keep the content of both (names, numbers, cognates), so a joined sentence
   * that shares nothing with the other side is more likely an omission or addition beside a 1-1.
   */
  function isOrphan(sentence: number, value: number): boolean {
    return value - own.base[sentence]! < 1e-3 && own.best[sentence]! - own.base[sentence]! >= ORPHAN_POTENTIAL;
  }

  return {
    roll(sentence: number, o: number, mask: number, cell: number): void {
      const base = sentence * (maxSpan + 1);
      // Recomputed from scratch unless the previous cell of this sentence was the neighbouring one.
      if (last[sentence] !== o - 1) {
        for (let span = 1; span < maxSpan; span += 1) masks[base + span] = orMask(sentence, o - span, span);
      }
      for (let span = maxSpan; span >= 1; span -= 1) {
        const joined = span === 1 ? mask : mask | masks[base + span - 1]!;
        masks[base + span] = joined;
        cache[cell * maxSpan + span - 1] = term(sentence, joined, span);
      }
      last[sentence] = o;
    },

    cached: (cell, span) => cache[cell * maxSpan + span - 1]!,

    addTerms(ownEnd: number, ownCount: number, otherEnd: number, otherCount: number, out: Float64Array): void {
      for (let sentence = ownEnd - ownCount; sentence < ownEnd; sentence += 1) {
        const value = gain(sentence, otherEnd, otherCount);
        out[0]! += value;
        // An orphan's unmatched tokens count at full weight rather than half: no term of the other side counts the same misses.
        if (ownCount > 1 && isOrphan(sentence, value)) out[1]! += weights.orphanCost - halfLexical * own.base[sentence]!;
      }
    },

    freshLexical(ownStart: number, ownCount: number, otherStart: number, otherCount: number): number {
      let sum = 0;
      for (let sentence = ownStart; sentence < ownStart + ownCount; sentence += 1) sum += term(sentence, orMask(sentence, otherStart, otherCount), otherCount);
      return sum;
    },

    nullScore(sentence: number): number {
      return weights.nullScore * (own.heading[sentence] === 1 ? weights.headingNullFactor : 1);
    },

    paragraphCost(start: number, count: number): number {
      return paragraphs && count > 1 && own.paragraphs[start] !== own.paragraphs[start + count - 1] ? weights.paragraphCost : 0;
    },

    length: (start, count) => lengths[start + count]! - lengths[start]!,
    best: (start, count) => best[start + count]! - best[start]!,
    boilerplate: (start, count) => boilerplate[start + count]! - boilerplate[start]!,
    credits: (start, count) => credits[start + count]! - credits[start]!,
  };
}
