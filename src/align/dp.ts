import type { BeadType } from '../score/beads.js';
import type { Band, RawBead } from '../score/grid.js';
import type { PathPoint } from './band.js';
import type { BeadScorer } from '../score/scorer.js';


/**
 * Finds the best monotone path of beads through `band` (fill, then traceback), maximising the
 * sum of bead scores: the classic sentence-alignment dynamic programme of Gale & Church (1993),
 * restricted to a band as in Vecalign (Thompson & Koehn 2019) so that work and memory are
 * proportional to the band's cells.
 *
 * @returns the beads in document order and the path points between them.
 */
export function findBestPath(band: Band, types: readonly BeadType[], scorer: BeadScorer): { beads: RawBead[]; path: PathPoint[] } {
  const { rows, columns, lo, offsets } = band;
  const fill: RowFill = {
    band,
    types,
    scorer,
    best: new Float64Array(band.cells).fill(-Infinity),
    back: new Uint8Array(band.cells).fill(255),
    // The shapes as flat arrays: the inner loop runs for every cell and shape.
    typeSource: Int32Array.from(types, (type) => type.source),
    typeTarget: Int32Array.from(types, (type) => type.target),
  };
  fill.best[0] = 0;
  // One call per row: a small function called for every row is compiled to optimised code early,
  // and stays so for every later band (a loop inside one long call runs interpreted until
  // on-stack replacement, on every call again).
  for (let i = 0; i <= rows; i += 1) fillRow(fill, i);
  const { back } = fill;
  const beads: RawBead[] = [];
  const path: PathPoint[] = [{ i: rows, j: columns }];
  let i = rows;
  let j = columns;
  while (i > 0 || j > 0) {
    const cell = offsets[i]! + j - lo[i]!;
    const k = back[cell]!;
    const type = types[k];
    if (type === undefined) throw new Error(`alignment: no path reaches cell (${i}, ${j})`);
    // The scorer keeps the score of every bead it computed: the chosen one's is read back, not stored per cell.
    beads.push({ sourceStart: i - type.source, sourceCount: type.source, targetStart: j - type.target, targetCount: type.target, score: scorer.score(type, k, i, j) });
    i -= type.source;
    j -= type.target;
    path.push({ i, j });
  }
  return { beads: beads.reverse(), path: path.reverse() };
}

/** The band being filled and its arrays: best score and bead shape per cell. */
interface RowFill {
  band: Band;
  types: readonly BeadType[];
  scorer: BeadScorer;
  best: Float64Array;
  back: Uint8Array;
  typeSource: Int32Array;
  typeTarget: Int32Array;
}

/** Fills row `i` of the band, left to right: each cell's best bead ending there. */
function fillRow(fill: RowFill, i: number): void {
  const { band, types, scorer, best, back, typeSource, typeTarget } = fill;
  const { lo, hi, offsets } = band;
  const typeCount = types.length;
  const rowLo = lo[i]!;
  const rowHi = hi[i]!;
  const rowOffset = offsets[i]!;
  for (let j = rowLo; j <= rowHi; j += 1) {
    const cell = rowOffset + j - rowLo;
    if (i > 0 && j > 0) scorer.fillCell(i, j, cell);
    if (i === 0 && j === 0) continue;
    let bestScore = -Infinity;
    let bestType = 255;
    for (let k = 0; k < typeCount; k += 1) {
      const pi = i - typeSource[k]!;
      const pj = j - typeTarget[k]!;
      if (pi < 0 || pj < 0) continue;
      const previousLo = lo[pi]!;
      if (pj < previousLo || pj > hi[pi]!) continue;
      const previous = best[offsets[pi]! + pj - previousLo]!;
      if (previous === -Infinity) continue;
      const type = types[k]!;
      // Types are tried 1-0, 0-1, 1-1 first; a larger bead that cannot win even with every token matched is skipped.
      if (k > 2 && previous + scorer.upperBound(type, k, i, j) <= bestScore) continue;
      const step = scorer.score(type, k, i, j);
      if (previous + step > bestScore) {
        bestScore = previous + step;
        bestType = k;
      }
    }
    best[cell] = bestScore;
    back[cell] = bestType;
  }
}
