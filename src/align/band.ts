import type { Band } from '../score/grid.js';
import { BitekstError } from '../errors.js';


/** A point of an alignment path: `i` source and `j` target sentences consumed. */
export interface PathPoint {
  i: number;
  j: number;
}

function finish(lo: Int32Array, hi: Int32Array, rows: number, columns: number, maxCells: number): Band {
  lo[0] = 0;
  hi[rows] = columns;
  for (let i = rows - 1; i >= 0; i -= 1) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= rows; i += 1) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  // Consecutive rows must overlap, or no path could step from one to the next.
  for (let i = 1; i <= rows; i += 1) lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  const offsets = new Int32Array(rows + 2);
  let cells = 0;
  for (let i = 0; i <= rows; i += 1) {
    offsets[i] = cells;
    cells += hi[i]! - lo[i]! + 1;
    if (cells > maxCells) {
      throw new BitekstError(
        'E_BUDGET',
        `alignment: expected at most ${maxCells} cells (maxCells), found more for ${rows} × ${columns} sentences; raise maxCells or split the documents`,
      );
    }
  }
  offsets[rows + 1] = cells;
  return { rows, columns, lo, hi, offsets, cells };
}

/** The whole matrix: every path is possible. */
export function fullBand(rows: number, columns: number, maxCells: number): Band {
  return finish(new Int32Array(rows + 1), new Int32Array(rows + 1).fill(columns), rows, columns, maxCells);
}

/**
 * A band around a path: every cell between consecutive path points, widened by `width`
 * columns on each side. Used around a coarse path projected onto the fine matrix and around a
 * first pass's path in the second pass (Vecalign's and Bertalign's coarse-to-fine search).
 * `width` is one half-width for the whole path or one per path point (wider where the path is
 * doubtful, see `doubtfulWidths`).
 */
export function bandAroundPath(path: readonly PathPoint[], rows: number, columns: number, width: number | ArrayLike<number>, maxCells: number): Band {
  const lo = new Int32Array(rows + 1).fill(columns);
  const hi = new Int32Array(rows + 1).fill(0);
  const widthAt = typeof width === 'number' ? () => width : (k: number) => width[k]!;
  for (let k = 0; k < path.length; k += 1) {
    const from = path[k - 1] ?? path[k]!;
    const to = path[k]!;
    const w = Math.max(widthAt(k), widthAt(Math.max(0, k - 1)));
    for (let i = from.i; i <= to.i; i += 1) {
      lo[i] = Math.min(lo[i]!, Math.max(0, from.j - w));
      hi[i] = Math.max(hi[i]!, Math.min(columns, to.j + w));
    }
  }
  // Rows the path jumps over keep the neighbours' columns.
  for (let i = 1; i <= rows; i += 1) if (lo[i]! > hi[i]!) { lo[i] = lo[i - 1]!; hi[i] = hi[i - 1]!; }
  return finish(lo, hi, rows, columns, maxCells);
}

/** The cells of either band (both over the same matrix). */
export function unionOfBands(first: Band, second: Band, maxCells: number): Band {
  const lo = new Int32Array(first.rows + 1);
  const hi = new Int32Array(first.rows + 1);
  for (let i = 0; i <= first.rows; i += 1) {
    lo[i] = Math.min(first.lo[i]!, second.lo[i]!);
    hi[i] = Math.max(first.hi[i]!, second.hi[i]!);
  }
  return finish(lo, hi, first.rows, first.columns, maxCells);
}

/** Whether the path runs along an edge of the band that is not an edge of the matrix. */
export function touchesEdge(band: Band, path: readonly PathPoint[]): boolean {
  return path.some(({ i, j }) => (j === band.lo[i] && j > 0 && i > 0) || (j === band.hi[i] && j < band.columns && i < band.rows));
}
