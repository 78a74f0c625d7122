import { lengthLogProbability, type LengthModel } from './length.js';
import type { Band } from '../align/band.js';
import { beadPrior, type BeadType } from '../align/beads.js';
import { countBits, pairMasks, sumBits } from './masks.js';
import type { PreparedSide } from './prepare.js';

/** The weights that turn evidence into a bead score. */
export interface ScoreParameters {
  length: LengthModel;
  /** Weight of the lexical log-likelihood ratio. */
  lexicalWeight: number;
  /** Weight of the length log-probability. */
  lengthWeight: number;
  /** Score of leaving one sentence unaligned (a 1-0 or 0-1 bead). */
  nullScore: number;
  /** Cost of each sentence a bead joins beyond 1-1. */
  mergeCost: number;
  /** Extra cost per sentence of imbalance beyond one (3-1, 1-3). */
  unevenCost: number;
  /** Cost of a bead that joins sentences from different paragraphs on one side. */
  paragraphCost: number;
  /** Cost of aligning page boilerplate (`view more`) with anything. */
  boilerplateCost: number;
  /** Factor on `nullScore` for a heading: headings are often rewritten rather than translated. */
  headingNullFactor: number;
  /** Cost of each sentence of a merge that shares no token with the other side although it has tokens that could. */
  orphanCost: number;
}

/** Scores beads of one band, caching what each cell contributes. */
export interface BeadScorer {
  /** Prepares cell (i, j), i, j ≥ 1; cells are filled row by row, left to right. */
  fillCell(i: number, j: number, cell: number): void;
  /** Score of the bead of `type` that ends at cell (i, j). */
  score(type: BeadType, typeIndex: number, i: number, j: number): number;
  /** A bound no bead of `type` ending at (i, j) can exceed: every token matched, lengths perfect. */
  upperBound(type: BeadType, typeIndex: number, i: number, j: number): number;
  /** The evidence part of a bead's score (lexical and length), without priors; any bead, in or out of the band. */
  evidence(sourceStart: number, sourceCount: number, targetStart: number, targetCount: number): number;
}

const LOG = Array.from({ length: 9 }, (_, count) => (count > 0 ? Math.log(count) : 0));

/** Matchable evidence (log-likelihood gain if every token were matched) a sentence must have before matching nothing counts against it. */
const ORPHAN_POTENTIAL = 3;

/**
 * Whether a sentence of a merge matched nothing in the bead although it could have: translators
 * who join sentences keep the content of both (names, numbers, cognates), so a joined sentence
 * that shares nothing with the other side is more likely an omission or addition beside a 1-1.
 */
function isOrphan(side: PreparedSide, sentence: number, term: number): boolean {
  return term - side.base[sentence]! < 1e-3 && side.best[sentence]! - side.base[sentence]! >= ORPHAN_POTENTIAL;
}

function prefixSums(values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let index = 0; index < values.length; index += 1) sums[index + 1] = sums[index]! + values[index]!;
  return sums;
}

/**
 * Creates a {@link BeadScorer} for `band` over two prepared sides.
 *
 * A bead's lexical score is a sum over its sentences: each source sentence against the OR of
 * its matches in the bead's b target sentences, and each target sentence likewise. Those
 * per-sentence terms are cached per cell — `sourceGain[b]` at cell (i, j) is source sentence
 * i−1 against targets j−b…j−1 — built from rolling OR masks as the band is swept, so that a bead
 * costs O(a + b) look-ups however many pairs it joins.
 */
export function createBeadScorer(
  source: PreparedSide,
  target: PreparedSide,
  band: Band,
  types: readonly BeadType[],
  parameters: ScoreParameters,
): BeadScorer {
  const maxA = Math.max(...types.map((type) => type.source));
  const maxB = Math.max(...types.map((type) => type.target));
  const sourceGain = new Float32Array(band.cells * maxB);
  const targetGain = new Float32Array(band.cells * maxA);
  const priors = types.map((type) => beadPrior(type, parameters.mergeCost, parameters.unevenCost));
  const sourceLengths = prefixSums(source.lengths);
  const targetLengths = prefixSums(target.lengths);
  const sourceBoilerplate = prefixSums(source.boilerplate);
  const targetBoilerplate = prefixSums(target.boilerplate);
  const sourceCredits = prefixSums(source.credit);
  const targetCredits = prefixSums(target.credit);
  const sourceBest = prefixSums(source.best);
  const targetBest = prefixSums(target.best);
  const sourceParagraphs = new Set(source.paragraphs).size > 1;
  const targetParagraphs = new Set(target.paragraphs).size > 1;
  const halfLexical = parameters.lexicalWeight / 2;
  const scratch = new Int32Array(2);
  // Rolling OR masks: along the current row (source sentence i−1 against the last b targets) and,
  // per column, down the rows (target sentence j−1 against the last a sources).
  const left = new Int32Array(maxB + 1);
  const current = new Int32Array(maxB + 1);
  const columnMasks = new Int32Array((band.columns + 1) * (maxA + 1));
  const columnRow = new Int32Array(band.columns + 1).fill(-1);
  let leftRow = -1;
  let leftColumn = -1;

  function inBand(i: number, j: number): number {
    return i >= 0 && i <= band.rows && j >= band.lo[i]! && j <= band.hi[i]! ? band.offsets[i]! + j - band.lo[i]! : -1;
  }

  /** OR of source sentence s's matches in targets t0…t0+count−1 (and the target masks, into `targetOut`). */
  function sourceOr(s: number, t0: number, count: number): number {
    let mask = 0;
    for (let t = Math.max(0, t0); t < t0 + count; t += 1) {
      pairMasks(source, s, target, t, scratch);
      mask |= scratch[0]!;
    }
    return mask;
  }

  function targetOr(t: number, s0: number, count: number): number {
    let mask = 0;
    for (let s = Math.max(0, s0); s < s0 + count; s += 1) {
      pairMasks(source, s, target, t, scratch);
      mask |= scratch[1]!;
    }
    return mask;
  }

  function sourceTerm(s: number, mask: number, b: number): number {
    return source.base[s]! + sumBits(mask, source.gains, source.gainStart[s]!) - LOG[b]! * countBits(mask);
  }

  function targetTerm(t: number, mask: number, a: number): number {
    return target.base[t]! + sumBits(mask, target.gains, target.gainStart[t]!) - LOG[a]! * countBits(mask);
  }

  /** Source sentence r−1 against targets c−b…c−1, from the cache where cell (r, c) is in the band. */
  function sourceGainAt(r: number, c: number, b: number): number {
    const cell = inBand(r, c);
    return cell >= 0 ? sourceGain[cell * maxB + b - 1]! : sourceTerm(r - 1, sourceOr(r - 1, c - b, b), b);
  }

  function targetGainAt(r: number, c: number, a: number): number {
    const cell = inBand(r, c);
    return cell >= 0 ? targetGain[cell * maxA + a - 1]! : targetTerm(c - 1, targetOr(c - 1, r - a, a), a);
  }

  /**
   * What an orphan of a merge costs: `orphanCost`, and its unmatched tokens at full weight rather
   * than half (no term of the other side counts the same misses).
   */
  function orphanPenalty(side: PreparedSide, sentence: number): number {
    return parameters.orphanCost - halfLexical * side.base[sentence]!;
  }

  function lengthTerm(s0: number, a: number, t0: number, b: number): number {
    const sourceLength = sourceLengths[s0 + a]! - sourceLengths[s0]!;
    const targetLength = targetLengths[t0 + b]! - targetLengths[t0]!;
    return parameters.lengthWeight * lengthLogProbability(sourceLength, targetLength, parameters.length);
  }

  return {
    fillCell(i: number, j: number, cell: number): void {
      pairMasks(source, i - 1, target, j - 1, scratch);
      const maskS = scratch[0]!;
      const maskT = scratch[1]!;
      // Source sentence i−1 against targets j−b…j−1.
      if (leftRow !== i || leftColumn !== j - 1) {
        for (let b = 1; b < maxB; b += 1) left[b] = sourceOr(i - 1, j - 1 - b, b);
      }
      for (let b = 1; b <= maxB; b += 1) {
        const mask = b === 1 ? maskS : maskS | left[b - 1]!;
        current[b] = mask;
        sourceGain[cell * maxB + b - 1] = sourceTerm(i - 1, mask, b);
      }
      left.set(current);
      leftRow = i;
      leftColumn = j;
      // Target sentence j−1 against sources i−a…i−1.
      const base = j * (maxA + 1);
      if (columnRow[j] !== i - 1) {
        for (let a = 1; a < maxA; a += 1) columnMasks[base + a] = targetOr(j - 1, i - 1 - a, a);
      }
      for (let a = maxA; a >= 1; a -= 1) {
        const mask = a === 1 ? maskT : maskT | columnMasks[base + a - 1]!;
        columnMasks[base + a] = mask;
        targetGain[cell * maxA + a - 1] = targetTerm(j - 1, mask, a);
      }
      columnRow[j] = i;
    },

    score(type: BeadType, typeIndex: number, i: number, j: number): number {
      const a = type.source;
      const b = type.target;
      if (a === 0) return parameters.nullScore * (target.heading[j - 1] === 1 ? parameters.headingNullFactor : 1);
      if (b === 0) return parameters.nullScore * (source.heading[i - 1] === 1 ? parameters.headingNullFactor : 1);
      let lexical = 0;
      let orphans = 0;
      if (a === 1 && b === 1) {
        // The commonest bead: both terms are cached at the current cell.
        const cell = band.offsets[i]! + j - band.lo[i]!;
        lexical = sourceGain[cell * maxB]! + targetGain[cell * maxA]!;
      } else {
        for (let x = i - a + 1; x <= i; x += 1) {
          const term = sourceGainAt(x, j, b);
          lexical += term;
          if (a > 1 && isOrphan(source, x - 1, term)) orphans += orphanPenalty(source, x - 1);
        }
        for (let y = j - b + 1; y <= j; y += 1) {
          const term = targetGainAt(i, y, a);
          lexical += term;
          if (b > 1 && isOrphan(target, y - 1, term)) orphans += orphanPenalty(target, y - 1);
        }
      }
      let score = priors[typeIndex]! + halfLexical * lexical + lengthTerm(i - a, a, j - b, b) - orphans;
      if (sourceParagraphs && a > 1 && source.paragraphs[i - a] !== source.paragraphs[i - 1]) score -= parameters.paragraphCost;
      if (targetParagraphs && b > 1 && target.paragraphs[j - b] !== target.paragraphs[j - 1]) score -= parameters.paragraphCost;
      const boilerplate = sourceBoilerplate[i]! - sourceBoilerplate[i - a]! + targetBoilerplate[j]! - targetBoilerplate[j - b]!;
      if (boilerplate > 0) score -= parameters.boilerplateCost * boilerplate;
      // A photo credit translates another credit, alone; joined with anything else it is a caption tail.
      const credits = sourceCredits[i]! - sourceCredits[i - a]! + targetCredits[j]! - targetCredits[j - b]!;
      if (credits > 0 && !(a === 1 && b === 1 && credits === 2)) score -= parameters.boilerplateCost * credits;
      return score;
    },

    upperBound(type: BeadType, typeIndex: number, i: number, j: number): number {
      const a = type.source;
      const b = type.target;
      if (a === 0 || b === 0) return Infinity;
      const lexical = sourceBest[i]! - sourceBest[i - a]! + targetBest[j]! - targetBest[j - b]!;
      return priors[typeIndex]! + halfLexical * lexical;
    },

    evidence(s0: number, a: number, t0: number, b: number): number {
      let lexical = 0;
      for (let s = s0; s < s0 + a; s += 1) lexical += sourceTerm(s, sourceOr(s, t0, b), b);
      for (let t = t0; t < t0 + b; t += 1) lexical += targetTerm(t, targetOr(t, s0, a), a);
      return halfLexical * lexical + lengthTerm(s0, a, t0, b);
    },
  };
}
