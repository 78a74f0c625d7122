// The shapes the scoring model and the search share: the searched cells of the matrix (the
// scorer caches its terms by them) and a scored bead (estimation reads the first pass's).

/**
 * The cells of the dynamic-programming matrix that are searched: for each row `i` (source
 * sentences consumed, 0…n), the columns `lo[i]…hi[i]` (target sentences consumed). Both bounds
 * never decrease, so every path through the band is monotone.
 */
export interface Band {
  rows: number;
  columns: number;
  lo: Int32Array;
  hi: Int32Array;
  /** Index of each row's first cell in the flat cell arrays. */
  offsets: Int32Array;
  cells: number;
}

/** A bead found by the dynamic programme, before confidence is attached. */
export interface RawBead {
  sourceStart: number;
  sourceCount: number;
  targetStart: number;
  targetCount: number;
  /** The bead's own score (its share of the path's total). */
  score: number;
}
