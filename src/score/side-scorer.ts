import type { Band } from './grid.js';
import { countBits, pairMasks, sumBits } from './masks.js';
import type { PreparedSide } from './prepare.js';

/**
 * Matchable evidence (log-likelihood gain if every token were matched) a sentence must have
 * before matching nothing counts against it: about two rare words or one number and a name,
 * enough that a translation kept in a merge would show one of them.
 */
const ORPHAN_POTENTIAL = 3;

/** How much a sentence's term may gain over matching nothing and still count as unmatched. */
const UNMATCHED = 1e-3;

const LOG = Float64Array.from({ length: 9 }, (_, count) => (count > 0 ? Math.log(count) : 0));

/** The weights a side scorer needs. */
export interface SideWeights {
  nullScore: number;
  headingNullFactor: number;
  paragraphCost: number;
  orphanCost: number;
  lexicalWeight: number;
  absenceWeight: number;
  continuationBonus: number;
}

function prefixSums(values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let index = 0; index < values.length; index += 1) sums[index + 1] = sums[index]! + values[index]!;
  return sums;
}

/**
 * What one side's sentences contribute to a bead: the same code serves the source and the
 * target. Created by {@link createSideScorer}; a class, so that the scorer's calls into it, made
 * for every bead of every cell, are to one shape and are inlined.
 */
export class SideScorer {
  /** Per cell and span: the term of the sentence ending at the cell against the `span` other sentences ending there (32-bit floats). */
  private cache: Float32Array;
  /** The array `cache` is the start of, with room for a slightly larger band (see `bandArray`). */
  private room: Float32Array;
  /** Per sentence and span: the OR of its match masks against the other sentences of the last cell rolled. */
  private readonly masks: Int32Array;
  /** Per sentence: the other sentence of its last cell rolled. */
  private readonly last: Int32Array;
  private readonly lengths: Float64Array;
  private readonly boilerplateSums: Float64Array;
  private readonly creditSums: Float64Array;
  private readonly bestSums: Float64Array;
  /** Per sentence: its score unaligned (see `nullScore`). */
  private readonly nulls: Float64Array;
  /** Per sentence: 1 when it has enough matchable evidence to be an orphan (see `isOrphan`). */
  private readonly orphanable: Uint8Array;
  /** Per sentence: the cost of it as an orphan (see `addTerms`). */
  private readonly orphanCosts: Float64Array;
  /** Per sentence: the cost of its absence evidence when a merge joins it (see `addTerms`). */
  private readonly absenceCosts: Float64Array;
  /** Per sentence: 1 for a lower-case fragment (see `isContinuation`), and their prefix sums. */
  private readonly continuation: Uint8Array;
  private readonly continuationSums: Float64Array;
  private readonly paragraphs: boolean;
  /** Whether any sentence is boilerplate or a credit: most documents have none, and their sums are skipped. */
  readonly hasBoilerplate: boolean;
  readonly hasCredits: boolean;
  /** Whether any sentence carries absence evidence (see `absenceCost`). */
  readonly hasAbsence: boolean;
  /** Per sentence: how many of its numbers the other side lacks altogether (see `SentenceAbsence.numbers`). */
  readonly absentNumbers: Uint16Array;
  /** The share of `absenceCost` one such number makes. */
  readonly absentNumberCost: number;
  private readonly scratch = new Int32Array(2);
  private readonly stride: number;

  constructor(
    private readonly own: PreparedSide,
    private readonly other: PreparedSide,
    private readonly band: Band,
    private readonly transposed: boolean,
    private readonly maxSpan: number,
    private readonly weights: SideWeights,
    spare?: SideScorer,
  ) {
    this.room = bandArray(Float32Array, band.cells * maxSpan, spare?.room);
    this.cache = this.room.subarray(0, band.cells * maxSpan);
    this.stride = maxSpan + 1;
    this.masks = new Int32Array(own.count * this.stride);
    this.last = new Int32Array(own.count).fill(-2);
    this.lengths = prefixSums(own.lengths);
    this.boilerplateSums = prefixSums(own.boilerplate);
    this.creditSums = prefixSums(own.credit);
    this.bestSums = prefixSums(own.best);
    this.hasBoilerplate = this.boilerplateSums[own.count]! > 0;
    this.hasCredits = this.creditSums[own.count]! > 0;
    this.paragraphs = new Set(own.paragraphs).size > 1;
    const halfLexical = weights.lexicalWeight / 2;
    this.nulls = new Float64Array(own.count);
    this.orphanable = new Uint8Array(own.count);
    this.orphanCosts = new Float64Array(own.count);
    this.absenceCosts = Float64Array.from(own.absence.evidence, (absence) => weights.absenceWeight * absence);
    this.hasAbsence = this.absenceCosts.some((cost) => cost > 0);
    this.absentNumbers = own.absence.numbers;
    this.absentNumberCost = weights.absenceWeight * own.absence.numberEvidence;
    this.continuation = own.continuation;
    this.continuationSums = prefixSums(own.continuation);
    for (let sentence = 0; sentence < own.count; sentence += 1) {
      this.nulls[sentence] = weights.nullScore * (own.heading[sentence] === 1 ? weights.headingNullFactor : 1);
      this.orphanable[sentence] = own.best[sentence]! - own.base[sentence]! >= ORPHAN_POTENTIAL ? 1 : 0;
      // An orphan's unmatched tokens count at full weight rather than half: no term of the other side counts the same misses.
      this.orphanCosts[sentence] = weights.orphanCost - halfLexical * own.base[sentence]!;
    }
  }

  private orMask(sentence: number, from: number, count: number): number {
    const scratch = this.scratch;
    let mask = 0;
    for (let o = Math.max(0, from); o < from + count; o += 1) {
      pairMasks(this.own, sentence, this.other, o, scratch);
      mask |= scratch[0]!;
    }
    return mask;
  }

  /**
   * A sentence's term: its log-likelihood ratio of being a translation of the `span` other
   * sentences whose match masks OR to `mask`: `base` (every token missed), plus the gain of each
   * token matched, less log(span) per match (a token has span chances to meet by chance).
   */
  private term(sentence: number, mask: number, span: number): number {
    const own = this.own;
    return own.base[sentence]! + sumBits(mask, own.gains, own.gainStart[sentence]!) - LOG[span]! * countBits(mask);
  }

  /**
   * Takes the match mask of sentence `own` against the other side's sentence `other` (the cell
   * being filled) and caches, at `cell`, the sentence's term against the other side's sentences
   * `other − span + 1 … other` for every span, by rolling OR masks along the sweep.
   */
  roll(sentence: number, o: number, mask: number, cell: number): void {
    const { masks, cache, maxSpan } = this;
    const base = sentence * this.stride;
    // Recomputed from scratch unless the previous cell of this sentence was the neighbouring one.
    if (this.last[sentence] !== o - 1) {
      for (let span = 1; span < maxSpan; span += 1) masks[base + span] = this.orMask(sentence, o - span, span);
    }
    for (let span = maxSpan; span >= 1; span -= 1) {
      const joined = span === 1 ? mask : mask | masks[base + span - 1]!;
      masks[base + span] = joined;
      cache[cell * maxSpan + span - 1] = this.term(sentence, joined, span);
    }
    this.last[sentence] = o;
  }

  /**
   * Copies the cached terms of every cell `previous`'s band shares with this one: a term depends
   * on the cell's sentences only, not on the band. `previous` must score the same two sides with
   * the same `maxSpan`. The cache may be `previous`'s own array, when every row of its band lies
   * within this band's: each row then moves towards the end, and the rows are moved last first.
   */
  inherit(previous: SideScorer): void {
    const { band, cache, maxSpan } = this;
    const old = previous.band;
    for (let i = band.rows; i >= 1; i -= 1) {
      const from = Math.max(1, band.lo[i]!, old.lo[i]!);
      const to = Math.min(band.hi[i]!, old.hi[i]!);
      if (from > to) continue;
      const start = (old.offsets[i]! + from - old.lo[i]!) * maxSpan;
      cache.set(previous.cache.subarray(start, start + (to - from + 1) * maxSpan), (band.offsets[i]! + from - band.lo[i]!) * maxSpan);
    }
  }

  /** Lets go of the cache, as large as the band, once another scorer has taken it over. */
  release(): void {
    this.cache = new Float32Array(0);
    this.room = this.cache;
  }

  /** The cached term, at `cell`, of the sentence that ends there against the `span` other sentences that end there. */
  cached(cell: number, span: number): number {
    return this.cache[cell * this.maxSpan + span - 1]!;
  }

  /**
   * Adds to `out[0]` the terms of own sentences `ownEnd − ownCount … ownEnd − 1`, each against
   * other sentences `otherEnd − otherCount … otherEnd − 1`, and to `out[1]` the cost of the
   * orphans among them when they are several (see `isOrphan`).
   */
  addTerms(ownEnd: number, ownCount: number, otherEnd: number, otherCount: number, out: Float64Array): void {
    const { band, cache, maxSpan, orphanable, orphanCosts, absenceCosts, continuation } = this;
    const base = this.own.base;
    const { lo, hi, offsets } = band;
    for (let sentence = ownEnd - ownCount; sentence < ownEnd; sentence += 1) {
      // The band's cell where the sentence's term against the other sentences is cached, or −1.
      const i = this.transposed ? otherEnd : sentence + 1;
      const j = this.transposed ? sentence + 1 : otherEnd;
      const cell = i >= 0 && i <= band.rows && j >= lo[i]! && j <= hi[i]! ? offsets[i]! + j - lo[i]! : -1;
      const value = cell >= 0 ? cache[cell * maxSpan + otherCount - 1]! : this.term(sentence, this.orMask(sentence, otherEnd - otherCount, otherCount), otherCount);
      out[0]! += value;
      // Whether a sentence of a merge matched nothing in the bead although it could have: translators
      // who join sentences keep the content of both (names, numbers, cognates), so a joined sentence
      // that shares nothing with the other side is more likely an omission or addition beside a 1-1.
      const unmatched = value - base[sentence]! < UNMATCHED;
      // Numbers and names of an unmatched sentence that the other side lacks altogether speak for its own 1-0 bead.
      if (unmatched) out[1]! += absenceCosts[sentence]!;
      if (ownCount > 1) {
        if (unmatched && orphanable[sentence] === 1) out[1]! += orphanCosts[sentence]!;
        // A lower-case fragment joined to the sentence before it, against one sentence: a segmenter's split undone.
        if (otherCount === 1 && sentence > ownEnd - ownCount && continuation[sentence] === 1) out[1]! -= this.weights.continuationBonus;
      }
    }
  }

  /** The same sum as `addTerms`' first, computed afresh, for any bead in or out of the band. */
  freshLexical(ownStart: number, ownCount: number, otherStart: number, otherCount: number): number {
    let sum = 0;
    for (let sentence = ownStart; sentence < ownStart + ownCount; sentence += 1) sum += this.term(sentence, this.orMask(sentence, otherStart, otherCount), otherCount);
    return sum;
  }

  /** Score of leaving sentence `own` unaligned: a heading's is lower, as headings are often rewritten rather than translated. */
  nullScore(sentence: number): number {
    return this.nulls[sentence]!;
  }

  /** Cost of joining sentences `start … start + count − 1` across a paragraph break. */
  paragraphCost(start: number, count: number): number {
    const paragraphs = this.own.paragraphs;
    return this.paragraphs && count > 1 && paragraphs[start] !== paragraphs[start + count - 1] ? this.weights.paragraphCost : 0;
  }

  /** Sums over sentences `start … start + count − 1`. */
  length(start: number, count: number): number {
    return this.lengths[start + count]! - this.lengths[start]!;
  }

  best(start: number, count: number): number {
    return this.bestSums[start + count]! - this.bestSums[start]!;
  }

  /**
   * The cost of sentence `sentence`'s absence evidence (see `estimateAbsence`) in a bead where
   * its term is `term`: charged only when the sentence matched nothing there, as content that
   * meets its translation in part is kept, not left out.
   */
  absenceCost(sentence: number, term: number): number {
    const cost = this.absenceCosts[sentence]!;
    return cost > 0 && term - this.own.base[sentence]! < UNMATCHED ? cost : 0;
  }

  /** The most continuation bonus a bead joining own sentences `start … start + count − 1` against `otherCount` sentences can earn. */
  continuationBonus(start: number, count: number, otherCount: number): number {
    if (otherCount !== 1 || count < 2) return 0;
    return this.weights.continuationBonus * (this.continuationSums[start + count]! - this.continuationSums[start + 1]!);
  }

  boilerplate(start: number, count: number): number {
    return this.boilerplateSums[start + count]! - this.boilerplateSums[start]!;
  }

  credits(start: number, count: number): number {
    return this.creditSums[start + count]! - this.creditSums[start]!;
  }
}

/**
 * Creates the {@link SideScorer} of `own` against `other` over `band`, whose rows are `own`'s
 * sentences (the source) or, `transposed`, its columns (the target); `maxSpan` is the most
 * sentences of the other side a bead may join. With `spare`, a scorer about to be released, its
 * cache's array is reused when large enough.
 */
export function createSideScorer(own: PreparedSide, other: PreparedSide, band: Band, transposed: boolean, maxSpan: number, weights: SideWeights, spare?: SideScorer): SideScorer {
  return new SideScorer(own, other, band, transposed, maxSpan, weights, spare);
}

/** Room a band's array is allocated with beyond its cells: a repaired band is a few per cent larger than the one it repairs, and then reuses the array. */
const SPARE_ROOM = 1 / 8;

/**
 * An array of `length` elements for a band: `spare` when it is that long, else a new one with
 * room for `SPARE_ROOM` more, so that the next, slightly larger, band of a search can take it
 * over instead of holding two at once.
 */
export function bandArray<T extends Float32Array | Float64Array>(kind: { new (length: number): T }, length: number, spare: T | undefined): T {
  if (spare !== undefined && spare.length >= length) return spare;
  return new kind(Math.ceil(length * (1 + SPARE_ROOM)) + 16);
}
