import { lengthLogProbability, type LengthModel } from '../score/length.js';
import type { Band } from './band.js';
import { beadPrior, type BeadType } from './beads.js';
import { countBits, pairMasks, sumBits } from './masks.js';

const LOG = Array.from({ length: 9 }, (_, count) => (count > 0 ? Math.log(count) : 0));
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
}

/** Scores beads of one band; caches the token masks of every sentence pair in the band. */
export interface BeadScorer {
  /** Computes the masks of pair (i−1, j−1) into the cache slot of cell (i, j). */
  fillCell(i: number, j: number, cell: number): void;
  /** Score of the bead of `type` that ends at cell (i, j). */
  score(type: BeadType, typeIndex: number, i: number, j: number): number;
  /** The evidence part of a bead's score (lexical and length), without priors. */
  evidence(sourceStart: number, sourceCount: number, targetStart: number, targetCount: number): number;
}

/** Creates a {@link BeadScorer} for `band` over two prepared sides. */
export function createBeadScorer(
  source: PreparedSide,
  target: PreparedSide,
  band: Band,
  types: readonly BeadType[],
  parameters: ScoreParameters,
): BeadScorer {
  const maskS = new Int32Array(band.cells);
  const maskT = new Int32Array(band.cells);
  const scratch = new Int32Array(2);
  const priors = types.map((type) => beadPrior(type, parameters.mergeCost, parameters.unevenCost));
  const sourceParagraphs = new Set(source.paragraphs).size > 1;
  const targetParagraphs = new Set(target.paragraphs).size > 1;

  function masksOf(s: number, t: number): void {
    const i = s + 1;
    const j = t + 1;
    if (j >= band.lo[i]! && j <= band.hi[i]!) {
      const cell = band.offsets[i]! + j - band.lo[i]!;
      scratch[0] = maskS[cell]!;
      scratch[1] = maskT[cell]!;
    } else {
      pairMasks(source, s, target, t, scratch);
    }
  }

  const sourceMasks = new Int32Array(8);
  const targetMasks = new Int32Array(8);

  function evidence(s0: number, a: number, t0: number, b: number): number {
    sourceMasks.fill(0, 0, a);
    targetMasks.fill(0, 0, b);
    let sourceLength = 0;
    let targetLength = 0;
    for (let x = 0; x < a; x += 1) {
      sourceLength += source.lengths[s0 + x]!;
      for (let y = 0; y < b; y += 1) {
        masksOf(s0 + x, t0 + y);
        sourceMasks[x]! |= scratch[0]!;
        targetMasks[y]! |= scratch[1]!;
      }
    }
    // A token has b sentences to be matched in by chance, not one: its gain shrinks by log b.
    const sourceChance = LOG[b]!;
    const targetChance = LOG[a]!;
    let lexical = 0;
    for (let x = 0; x < a; x += 1) {
      const mask = sourceMasks[x]!;
      lexical += source.base[s0 + x]! + sumBits(mask, source.gains[s0 + x]!) - sourceChance * countBits(mask);
    }
    for (let y = 0; y < b; y += 1) {
      targetLength += target.lengths[t0 + y]!;
      const mask = targetMasks[y]!;
      lexical += target.base[t0 + y]! + sumBits(mask, target.gains[t0 + y]!) - targetChance * countBits(mask);
    }
    return (
      (parameters.lexicalWeight * lexical) / 2 +
      parameters.lengthWeight * lengthLogProbability(sourceLength, targetLength, parameters.length)
    );
  }

  function countBoilerplate(flags: Uint8Array, start: number, count: number): number {
    let found = 0;
    for (let index = start; index < start + count; index += 1) found += flags[index]!;
    return found;
  }

  function crossesParagraph(paragraphs: Int32Array, start: number, count: number): boolean {
    return count > 1 && paragraphs[start] !== paragraphs[start + count - 1];
  }

  return {
    fillCell(i: number, j: number, cell: number): void {
      pairMasks(source, i - 1, target, j - 1, scratch);
      maskS[cell] = scratch[0]!;
      maskT[cell] = scratch[1]!;
    },
    score(type: BeadType, typeIndex: number, i: number, j: number): number {
      const a = type.source;
      const b = type.target;
      if (a === 0) return parameters.nullScore * (target.heading[j - 1] === 1 ? parameters.headingNullFactor : 1);
      if (b === 0) return parameters.nullScore * (source.heading[i - 1] === 1 ? parameters.headingNullFactor : 1);
      let score = priors[typeIndex]! + evidence(i - a, a, j - b, b);
      if (sourceParagraphs && crossesParagraph(source.paragraphs, i - a, a)) score -= parameters.paragraphCost;
      if (targetParagraphs && crossesParagraph(target.paragraphs, j - b, b)) score -= parameters.paragraphCost;
      const boilerplate = countBoilerplate(source.boilerplate, i - a, a) + countBoilerplate(target.boilerplate, j - b, b);
      if (boilerplate > 0) score -= parameters.boilerplateCost * boilerplate;
      return score;
    },
    evidence,
  };
}
