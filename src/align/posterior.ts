import type { BeadType } from '../score/beads.js';
import type { Band, RawBead } from '../score/grid.js';
import type { BeadScorer } from '../score/scorer.js';

/** Contributions below e^-30 of the running total are skipped: they cannot change a probability. */
const NEGLIGIBLE = 30;

/** Most bead scores the forward pass keeps for the backward pass (8 bytes each: 64 MB). */
const MEMO_ENTRIES = 8_000_000;

function addLog(total: number, value: number): number {
  if (value === -Infinity) return total;
  if (total === -Infinity) return value;
  return total > value ? total + Math.log1p(Math.exp(value - total)) : value + Math.log1p(Math.exp(total - value));
}

/**
 * The posterior probability of each bead of a path: the share of all monotone alignments in the
 * band, each weighted by exp(score / temperature), that contain the bead. Computed by the
 * forward–backward algorithm over the same band and bead scores as the best path (the
 * sum-product counterpart of Viterbi), so a bead that other nearly-as-good alignments disagree
 * with gets a low probability, and one that every plausible alignment shares gets nearly 1.
 */
export function beadPosteriors(
  band: Band,
  types: readonly BeadType[],
  scorer: BeadScorer,
  beads: readonly RawBead[],
  temperature: number,
): number[] {
  const { rows } = band;
  const cellOf = (i: number, j: number) => cellIn(band, i, j);
  const typeCount = types.length;
  // The forward pass keeps each bead score it computes (by end cell and shape, NaN where pruned),
  // and the backward pass, which needs the same beads, reuses them: scoring a bead is the costly
  // step. Past MEMO_ENTRIES the backward pass scores afresh, to keep memory bounded.
  const memo = band.cells * typeCount <= MEMO_ENTRIES ? new Float64Array(band.cells * typeCount).fill(Number.NaN) : undefined;
  const sweep: Sweep = { band, types, scorer, temperature, memo, forward: new Float64Array(band.cells).fill(-Infinity), backward: new Float64Array(band.cells).fill(-Infinity) };
  const { forward, backward } = sweep;
  forward[0] = 0;
  // One call per row (see findBestPath): small functions are compiled to optimised code early.
  for (let i = 0; i <= rows; i += 1) forwardRow(sweep, i);
  backward[band.cells - 1] = 0;
  for (let i = rows; i >= 0; i -= 1) backwardRow(sweep, i);
  const everything = forward[band.cells - 1]!;
  return beads.map((bead) => {
    const start = cellOf(bead.sourceStart, bead.targetStart);
    const end = cellOf(bead.sourceStart + bead.sourceCount, bead.targetStart + bead.targetCount);
    const probability = Math.exp(forward[start]! + bead.score / temperature + backward[end]! - everything);
    return Math.round(Math.min(1, Math.max(0, probability)) * 1000) / 1000;
  });
}

/** The band's cell (i, j), or −1 outside it. */
function cellIn(band: Band, i: number, j: number): number {
  return i >= 0 && i <= band.rows && j >= band.lo[i]! && j <= band.hi[i]! ? band.offsets[i]! + j - band.lo[i]! : -1;
}

/** What the forward and backward rows share. */
interface Sweep {
  band: Band;
  types: readonly BeadType[];
  scorer: BeadScorer;
  temperature: number;
  memo: Float64Array | undefined;
  forward: Float64Array;
  backward: Float64Array;
}

/** Row `i` of the forward pass: the log-sum of every way to reach each cell. */
function forwardRow(sweep: Sweep, i: number): void {
  const { band, types, scorer, temperature, memo, forward } = sweep;
  const typeCount = types.length;
  for (let j = band.lo[i]!; j <= band.hi[i]!; j += 1) {
    if (i === 0 && j === 0) continue;
    const cell = band.offsets[i]! + j - band.lo[i]!;
    let total = -Infinity;
    for (let k = 0; k < typeCount; k += 1) {
      const type = types[k]!;
      const previous = cellIn(band, i - type.source, j - type.target);
      if (previous < 0 || forward[previous] === -Infinity) continue;
      const reach = forward[previous]!;
      if (reach + scorer.upperBound(type, k, i, j) / temperature < total - NEGLIGIBLE) continue;
      const score = scorer.score(type, k, i, j);
      if (memo !== undefined) memo[cell * typeCount + k] = score;
      total = addLog(total, reach + score / temperature);
    }
    forward[cell] = total;
  }
}

/** Row `i` of the backward pass: the log-sum of every way from each cell to the end. */
function backwardRow(sweep: Sweep, i: number): void {
  const { band, types, scorer, temperature, memo, backward } = sweep;
  const typeCount = types.length;
  for (let j = band.hi[i]!; j >= band.lo[i]!; j -= 1) {
    if (i === band.rows && j === band.columns) continue;
    let total = -Infinity;
    for (let k = 0; k < typeCount; k += 1) {
      const type = types[k]!;
      const next = cellIn(band, i + type.source, j + type.target);
      if (next < 0 || backward[next] === -Infinity) continue;
      const rest = backward[next]!;
      if (rest + scorer.upperBound(type, k, i + type.source, j + type.target) / temperature < total - NEGLIGIBLE) continue;
      const known = memo === undefined ? Number.NaN : memo[next * typeCount + k]!;
      const score = Number.isNaN(known) ? scorer.score(type, k, i + type.source, j + type.target) : known;
      total = addLog(total, rest + score / temperature);
    }
    backward[band.offsets[i]! + j - band.lo[i]!] = total;
  }
}
