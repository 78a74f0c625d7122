import type { BeadType } from '../score/beads.js';
import type { Band, RawBead } from '../score/grid.js';
import type { BeadScorer } from '../score/scorer.js';

/** Contributions below e^-30 of the largest so far are not scored: they cannot change a probability. */
const NEGLIGIBLE = 30;

/**
 * log Σ exp(values[0 … count − 1]), as the largest plus the log of the sum of the others' exp
 * relative to it: one exp per value and one log per cell (adding one value at a time takes a
 * log per value).
 */
function logSum(values: Float64Array, count: number, largest: number): number {
  if (count === 0) return -Infinity;
  let sum = 0;
  for (let k = 0; k < count; k += 1) sum += Math.exp(values[k]! - largest);
  return largest + Math.log(sum);
}

/**
 * The posterior probability of each bead of a path: the share of all monotone alignments in the
 * band, each weighted by exp(score / temperature), that contain the bead. Computed by the
 * forward–backward algorithm over the same band and bead scores as the best path (the
 * sum-product counterpart of Viterbi), so a bead that other nearly-as-good alignments disagree
 * with gets a low probability, and one that every plausible alignment shares gets nearly 1.
 * With `prepare`, the forward pass prepares each cell in the scorer (see `BeadScorer.prepare`).
 */
export function beadPosteriors(
  band: Band,
  types: readonly BeadType[],
  scorer: BeadScorer,
  beads: readonly RawBead[],
  temperature: number,
  prepare = false,
): number[] {
  const { rows } = band;
  const cellOf = (i: number, j: number) => cellIn(band, i, j);
  // Bead scores come from the scorer, which keeps each one it computed (the search's own, for
  // the cells of its band): the backward pass asks for the same beads as the forward pass.
  const sweep: Sweep = {
    band,
    types,
    scorer,
    temperature,
    typeSource: Int32Array.from(types, (type) => type.source),
    typeTarget: Int32Array.from(types, (type) => type.target),
    forward: new Float64Array(band.cells).fill(-Infinity),
    backward: new Float64Array(band.cells).fill(-Infinity),
    values: new Float64Array(types.length),
    prepare,
  };
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
  typeSource: Int32Array;
  typeTarget: Int32Array;
  forward: Float64Array;
  backward: Float64Array;
  /** The terms of the cell being summed. */
  values: Float64Array;
  /** Whether the forward pass prepares each cell in the scorer (a scorer taken `over` a wider band). */
  prepare: boolean;
}

/** Row `i` of the forward pass: the log-sum of every way to reach each cell. */
function forwardRow(sweep: Sweep, i: number): void {
  const { band, types, scorer, temperature, forward, typeSource, typeTarget, values } = sweep;
  const { lo, hi, offsets } = band;
  const typeCount = types.length;
  const rowLo = lo[i]!;
  for (let j = rowLo; j <= hi[i]!; j += 1) {
    if (sweep.prepare) scorer.prepare(i, j);
    if (i === 0 && j === 0) continue;
    let count = 0;
    let largest = -Infinity;
    for (let k = 0; k < typeCount; k += 1) {
      const pi = i - typeSource[k]!;
      const pj = j - typeTarget[k]!;
      if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
      const reach = forward[offsets[pi]! + pj - lo[pi]!]!;
      if (reach === -Infinity) continue;
      const type = types[k]!;
      if (reach + scorer.upperBound(type, k, i, j) / temperature < largest - NEGLIGIBLE) continue;
      const value = reach + scorer.score(type, k, i, j) / temperature;
      values[count++] = value;
      if (value > largest) largest = value;
    }
    forward[offsets[i]! + j - rowLo] = logSum(values, count, largest);
  }
}

/** Row `i` of the backward pass: the log-sum of every way from each cell to the end. */
function backwardRow(sweep: Sweep, i: number): void {
  const { band, types, scorer, temperature, backward, typeSource, typeTarget, values } = sweep;
  const { rows, columns, lo, hi, offsets } = band;
  const typeCount = types.length;
  const rowLo = lo[i]!;
  for (let j = hi[i]!; j >= rowLo; j -= 1) {
    if (i === rows && j === columns) continue;
    let count = 0;
    let largest = -Infinity;
    for (let k = 0; k < typeCount; k += 1) {
      const ni = i + typeSource[k]!;
      const nj = j + typeTarget[k]!;
      if (ni > rows || nj < lo[ni]! || nj > hi[ni]!) continue;
      const rest = backward[offsets[ni]! + nj - lo[ni]!]!;
      if (rest === -Infinity) continue;
      const type = types[k]!;
      if (rest + scorer.upperBound(type, k, ni, nj) / temperature < largest - NEGLIGIBLE) continue;
      const value = rest + scorer.score(type, k, ni, nj) / temperature;
      values[count++] = value;
      if (value > largest) largest = value;
    }
    backward[offsets[i]! + j - rowLo] = logSum(values, count, largest);
  }
}
