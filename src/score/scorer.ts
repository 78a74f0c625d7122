import { type BeadType, beadPrior } from './beads.js';
import type { Band } from './grid.js';
import { lengthLogProbability, type LengthModel } from './length.js';
import { pairMasks } from './masks.js';
import { bandArray, createSideScorer, type SideScorer } from './side-scorer.js';
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
  /** Weight of the absence evidence (see `estimateAbsence`) of each sentence a merge joins on one side. */
  absenceWeight: number;
  /** Bonus of a merge that joins a lower-case fragment to the sentence before it, against one sentence (see `isContinuation`). */
  continuationBonus: number;
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
  /**
   * A scorer of the same sides, shapes and parameters over `band` (of the same matrix), which
   * takes over this one's work at the cells both share (see `createBeadScorer`): this one is
   * spent. Its other cells must be prepared with `prepare`, row by row, left to right.
   */
  over(band: Band): BeadScorer;
  /** Prepares cell (i, j) when it lies in the band and was not taken over (see `over`); cells row by row, left to right. */
  prepare(i: number, j: number): void;
}

/**
 * Creates a {@link BeadScorer} for `band` over two prepared sides.
 *
 * A bead's lexical score is a sum over its sentences: each source sentence against the OR of
 * its matches in the bead's b target sentences, and each target sentence likewise. The two
 * sides are scored by one {@link SideScorer} each, the same code with the roles swapped; each
 * caches its per-sentence terms per cell, built from rolling OR masks as the band is swept, so
 * that a bead costs O(a + b) look-ups however many pairs it joins.
 *
 * Each bead score is computed once per cell and shape and kept (the posteriors ask for the
 * same beads as the search). With `previous`, a scorer of the same sides, shapes and parameters
 * over another band of the same matrix (a band widened or repaired), the cells both bands share
 * keep its terms and bead scores instead of computing them again: all but the bead scores whose
 * sentences' cells entered or left the band, which now read their terms differently.
 * `previous` is spent: it must not score anything afterwards.
 */
export function createBeadScorer(
  source: PreparedSide,
  target: PreparedSide,
  band: Band,
  types: readonly BeadType[],
  parameters: ScoreParameters,
  previous?: BeadScorer,
): BeadScorer {
  const usable = previous instanceof BandScorer && previous.shapes === shapesOf(types) && previous.band.rows === band.rows && previous.band.columns === band.columns ? previous : undefined;
  // The previous band's arrays are taken over when every row of it lies within the new band (a repair).
  const spare = usable !== undefined && nests(usable.band, band) ? usable : undefined;
  const scorer = new BandScorer(source, target, band, types, parameters, spare);
  if (usable !== undefined) {
    scorer.inherit(usable);
    // The search moves on to the new band: the old one's arrays, as large as the band, are let go at once.
    usable.release();
  }
  return scorer;
}

function shapesOf(types: readonly BeadType[]): string {
  return types.map((type) => `${type.source}-${type.target}`).join(',');
}

/** Whether every row of `inner` lies within the same row of `outer` (both over one matrix). */
function nests(inner: Band, outer: Band): boolean {
  if (inner.rows !== outer.rows || inner.columns !== outer.columns) return false;
  for (let i = 0; i <= inner.rows; i += 1) if (outer.lo[i]! > inner.lo[i]! || outer.hi[i]! < inner.hi[i]!) return false;
  return true;
}

/** The {@link BeadScorer} of {@link createBeadScorer}: a class, so that the search's calls into it, for every bead of every cell, are to one shape and are inlined. */
class BandScorer implements BeadScorer {
  private readonly priors: Float64Array;
  private readonly sourceSide: SideScorer;
  private readonly targetSide: SideScorer;
  private readonly halfLexical: number;
  private readonly scratch = new Int32Array(2);
  /** Lexical terms and orphan costs of the bead being scored. */
  private readonly terms = new Float64Array(2);
  /** The bead shapes, as a key: scorers of the same shapes share their work (see `createBeadScorer`). */
  readonly shapes: string;
  private readonly maxA: number;
  private readonly maxB: number;
  /** Per shape, its slot in `memo`, or −1 (1-0 and 0-1, scored by a look-up). */
  private readonly slotOf: Int32Array;
  private readonly slots: number;
  /** Per cell and slot: the score of the bead of that shape ending at the cell, NaN until computed. */
  private memo: Float64Array;
  /** The array `memo` is the start of (see `bandArray`). */
  private room: Float64Array;
  /** Per row: the columns whose terms were inherited (see `inherit`), so that `fillCell` skips them. */
  private readonly keptLo: Int32Array;
  private readonly keptHi: Int32Array;

  constructor(
    private readonly source: PreparedSide,
    private readonly target: PreparedSide,
    readonly band: Band,
    private readonly types: readonly BeadType[],
    private readonly parameters: ScoreParameters,
    spare?: BandScorer,
  ) {
    this.shapes = shapesOf(types);
    this.maxA = Math.max(...types.map((type) => type.source));
    this.maxB = Math.max(...types.map((type) => type.target));
    this.priors = Float64Array.from(types, (type) => beadPrior(type, parameters.mergeCost, parameters.unevenCost));
    this.sourceSide = createSideScorer(source, target, band, false, this.maxB, parameters, spare?.sourceSide);
    this.targetSide = createSideScorer(target, source, band, true, this.maxA, parameters, spare?.targetSide);
    this.halfLexical = parameters.lexicalWeight / 2;
    this.slotOf = new Int32Array(types.length).fill(-1);
    let slots = 0;
    types.forEach((type, index) => {
      if (type.source > 0 && type.target > 0) this.slotOf[index] = slots++;
    });
    this.slots = slots;
    this.room = bandArray(Float64Array, band.cells * slots, spare?.room);
    this.memo = this.room.subarray(0, band.cells * slots);
    // A spare array still holds the previous band's scores, which `inherit` moves into place.
    if (spare === undefined) this.memo.fill(Number.NaN);
    this.keptLo = new Int32Array(band.rows + 1).fill(1);
    this.keptHi = new Int32Array(band.rows + 1).fill(0);
  }

  /**
   * Takes over the terms and bead scores of `previous` (same sides, shapes and parameters) at
   * the cells both bands share. A bead score is kept only where every cell its sentences read
   * (column j of the rows above, row i of the columns to the left, up to the largest bead) is
   * in both bands or in neither: a cell that entered the band turns a term computed afresh into
   * a cached one, rounded to 32 bits, and the score would differ in its last digits.
   */
  inherit(previous: BandScorer): void {
    const { band, memo, slots, maxA, maxB } = this;
    const old = previous.band;
    this.sourceSide.inherit(previous.sourceSide);
    this.targetSide.inherit(previous.targetSide);
    const { lo, hi, offsets } = band;
    // Last row first: when the memo is the previous one's own array, each row moves towards the end (see `SideScorer.inherit`).
    for (let i = band.rows; i >= 1; i -= 1) {
      const rowStart = offsets[i]! * slots;
      const rowEnd = offsets[i + 1]! * slots;
      const from = Math.max(1, lo[i]!, old.lo[i]!);
      const to = Math.min(hi[i]!, old.hi[i]!);
      if (from > to) {
        memo.fill(Number.NaN, rowStart, rowEnd);
        continue;
      }
      this.keptLo[i] = from;
      this.keptHi[i] = to;
      const at = (offsets[i]! + from - lo[i]!) * slots;
      const was = (old.offsets[i]! + from - old.lo[i]!) * slots;
      memo.set(previous.memo.subarray(was, was + (to - from + 1) * slots), at);
      memo.fill(Number.NaN, rowStart, at);
      memo.fill(Number.NaN, at + (to - from + 1) * slots, rowEnd);
      // Row i's cells left of `from` are in one band only from the smaller of the two row starts on:
      // a bead reading columns j − maxB + 1 … j − 1 must start right of them.
      const rowFrom = old.lo[i] === lo[i] ? from : Math.max(from, Math.max(lo[i]!, old.lo[i]!) + maxB - 1);
      for (let j = from; j <= to; j += 1) {
        let valid = j >= rowFrom;
        for (let r = Math.max(1, i - maxA + 1); r < i && valid; r += 1) {
          valid = (j >= old.lo[r]! && j <= old.hi[r]!) === (j >= lo[r]! && j <= hi[r]!);
        }
        if (!valid) memo.fill(Number.NaN, (offsets[i]! + j - lo[i]!) * slots, (offsets[i]! + j - lo[i]! + 1) * slots);
      }
    }
    // Row 0 (where no bead with both sides ends) is cleared too, last, once every row has moved.
    memo.fill(Number.NaN, 0, offsets[1]! * slots);
  }

  /** Lets go of the arrays as large as the band (see `createBeadScorer`). */
  release(): void {
    this.memo = new Float64Array(0);
    this.room = this.memo;
    this.sourceSide.release();
    this.targetSide.release();
  }

  private lengthTerm(s0: number, a: number, t0: number, b: number): number {
    return this.parameters.lengthWeight * lengthLogProbability(this.sourceSide.length(s0, a), this.targetSide.length(t0, b), this.parameters.length);
  }

  over(band: Band): BeadScorer {
    return createBeadScorer(this.source, this.target, band, this.types, this.parameters, this);
  }

  prepare(i: number, j: number): void {
    const { band } = this;
    if (i < 1 || j < 1 || i > band.rows || j < band.lo[i]! || j > band.hi[i]!) return;
    this.fillCell(i, j, band.offsets[i]! + j - band.lo[i]!);
  }

  fillCell(i: number, j: number, cell: number): void {
    if (j >= this.keptLo[i]! && j <= this.keptHi[i]!) return;
    const scratch = this.scratch;
    pairMasks(this.source, i - 1, this.target, j - 1, scratch);
    this.sourceSide.roll(i - 1, j - 1, scratch[0]!, cell);
    this.targetSide.roll(j - 1, i - 1, scratch[1]!, cell);
  }

  score(type: BeadType, typeIndex: number, i: number, j: number): number {
    const a = type.source;
    const b = type.target;
    if (a === 0) return this.targetSide.nullScore(j - 1);
    if (b === 0) return this.sourceSide.nullScore(i - 1);
    const { band, memo } = this;
    const lo = band.lo[i]!;
    if (j < lo || j > band.hi[i]!) return this.beadScore(type, typeIndex, i, j);
    const at = (band.offsets[i]! + j - lo) * this.slots + this.slotOf[typeIndex]!;
    const known = memo[at]!;
    if (known === known) return known;
    const score = this.beadScore(type, typeIndex, i, j);
    memo[at] = score;
    return score;
  }

  /**
   * The absence costs of the 1-1 bead of source sentence `s` and target sentence `t` (see
   * `SideScorer.absenceCost`), less the numbers that both lack on the other side: two sentences
   * whose figures all differ are a translation whose figures were changed (a rewritten list of
   * times or results), which the checks must see as such, as much as an omission beside an addition.
   */
  private pairAbsence(s: number, sourceTerm: number, t: number, targetTerm: number): number {
    const { sourceSide, targetSide } = this;
    let sourceCost = sourceSide.absenceCost(s, sourceTerm);
    let targetCost = targetSide.absenceCost(t, targetTerm);
    const shared = sourceCost > 0 && targetCost > 0 ? Math.min(sourceSide.absentNumbers[s]!, targetSide.absentNumbers[t]!) : 0;
    if (shared > 0) {
      sourceCost = Math.max(0, sourceCost - shared * sourceSide.absentNumberCost);
      targetCost = Math.max(0, targetCost - shared * targetSide.absentNumberCost);
    }
    return sourceCost + targetCost;
  }

  /** The score of the bead of `type` (n-m, n, m ≥ 1) that ends at cell (i, j). */
  private beadScore(type: BeadType, typeIndex: number, i: number, j: number): number {
    const { sourceSide, targetSide, priors, halfLexical, parameters, band } = this;
    const a = type.source;
    const b = type.target;
    let score: number;
    if (a === 1 && b === 1 && j >= band.lo[i]! && j <= band.hi[i]!) {
      // The commonest bead: both terms are cached at its own cell; no orphan or paragraph break is possible.
      const cell = band.offsets[i]! + j - band.lo[i]!;
      const sourceTerm = sourceSide.cached(cell, 1);
      const targetTerm = targetSide.cached(cell, 1);
      score = priors[typeIndex]! + halfLexical * (sourceTerm + targetTerm) + this.lengthTerm(i - 1, 1, j - 1, 1);
      if (sourceSide.hasAbsence || targetSide.hasAbsence) score -= this.pairAbsence(i - 1, sourceTerm, j - 1, targetTerm);
    } else {
      const terms = this.terms;
      terms[0] = 0;
      terms[1] = 0;
      sourceSide.addTerms(i, a, j, b, terms);
      targetSide.addTerms(j, b, i, a, terms);
      score = priors[typeIndex]! + halfLexical * terms[0]! + this.lengthTerm(i - a, a, j - b, b) - terms[1]!;
      score -= sourceSide.paragraphCost(i - a, a) + targetSide.paragraphCost(j - b, b);
    }
    if (sourceSide.hasBoilerplate || targetSide.hasBoilerplate) {
      const boilerplate = sourceSide.boilerplate(i - a, a) + targetSide.boilerplate(j - b, b);
      if (boilerplate > 0) score -= parameters.boilerplateCost * boilerplate;
    }
    if (sourceSide.hasCredits || targetSide.hasCredits) {
      // A photo credit translates another credit, alone; joined with anything else it is a caption tail.
      const credits = sourceSide.credits(i - a, a) + targetSide.credits(j - b, b);
      if (credits > 0 && !(a === 1 && b === 1 && credits === 2)) score -= parameters.boilerplateCost * credits;
    }
    return score;
  }

  upperBound(type: BeadType, typeIndex: number, i: number, j: number): number {
    const a = type.source;
    const b = type.target;
    if (a === 0 || b === 0) return Infinity;
    return this.priors[typeIndex]! + this.halfLexical * (this.sourceSide.best(i - a, a) + this.targetSide.best(j - b, b)) + this.sourceSide.continuationBonus(i - a, a, b) + this.targetSide.continuationBonus(j - b, b, a);
  }

  evidence(s0: number, a: number, t0: number, b: number): number {
    const lexical = this.sourceSide.freshLexical(s0, a, t0, b) + this.targetSide.freshLexical(t0, b, s0, a);
    return this.halfLexical * lexical + this.lengthTerm(s0, a, t0, b);
  }
}
