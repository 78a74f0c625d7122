import type { RawBead } from '../score/grid.js';

/** Consecutive 1-0/0-1 beads from this many on make the stretch around them doubtful. */
const MIN_NULL_RUN = 3;

/** How far, in multiples of its length, the doubt of a run of 1-0/0-1 beads reaches on each side (at least `MIN_REACH` beads). */
const REACH_FACTOR = 60;
const MIN_REACH = 100;

/** A stretch of the path whose best alignment may lie outside the band that found it. */
export interface DoubtfulStretch {
  /** First and last path point (index into the path) of the stretch. */
  from: number;
  to: number;
  /** Half-width, in sentences, the band needs there: the run's length plus the base width. */
  width: number;
}

/**
 * Finds the stretches of a path that a banded search may have got wrong. A run of 1-0/0-1 beads
 * moves the path sideways by its length: either the text has a block on one side only, or the
 * band steered the path off the true alignment and the run is where it rejoins (a long book lost
 * for hundreds of sentences shows a row of 0-1 beads, then of 1-0 beads). Either way the true
 * path lies within the run's length of the found one, somewhere along the stretch around it, so
 * that stretch is searched again with the band widened by the run's length.
 */
export function findDoubtfulStretches(beads: readonly RawBead[], baseWidth: number): DoubtfulStretch[] {
  const stretches: DoubtfulStretch[] = [];
  let k = 0;
  while (k < beads.length) {
    if (!isNull(beads[k]!)) {
      k += 1;
      continue;
    }
    let end = k;
    while (end + 1 < beads.length && isNull(beads[end + 1]!)) end += 1;
    const length = end - k + 1;
    if (length >= MIN_NULL_RUN) {
      const reach = Math.max(MIN_REACH, REACH_FACTOR * length);
      stretches.push({ from: Math.max(0, k - reach), to: Math.min(beads.length, end + 1 + reach), width: baseWidth + length });
    }
    k = end + 1;
  }
  return stretches;
}

/**
 * Half-widths per path point (`beads.length + 1` points): `baseWidth`, widened over each doubtful
 * stretch, the widening scaled down so that the band's cells (about points × 2 × width) stay
 * within `maxExtraCells` more than the base band's.
 */
export function doubtfulWidths(stretches: readonly DoubtfulStretch[], points: number, baseWidth: number, maxExtraCells: number): Int32Array {
  const widths = new Int32Array(points).fill(baseWidth);
  for (const { from, to, width } of stretches) {
    for (let p = from; p <= Math.min(to, points - 1); p += 1) if (widths[p]! < width) widths[p] = width;
  }
  let extra = 0;
  for (let p = 0; p < points; p += 1) extra += 2 * (widths[p]! - baseWidth);
  if (extra > maxExtraCells) {
    const scale = maxExtraCells / extra;
    for (let p = 0; p < points; p += 1) widths[p] = baseWidth + Math.floor((widths[p]! - baseWidth) * scale);
  }
  return widths;
}

function isNull(bead: RawBead): boolean {
  return bead.sourceCount === 0 || bead.targetCount === 0;
}
