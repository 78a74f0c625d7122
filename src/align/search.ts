import { bandAroundPath, fullBand, touchesEdge, unionOfBands, type Band, type PathPoint } from './band.js';
import type { BeadType } from './beads.js';
import { findBestPath, type RawBead } from './dp.js';
import { downsample, type SideEvidence } from '../score/evidence.js';
import { documentFrequencies, prepareSide, type PreparedSide, type SurvivalRates } from '../score/prepare.js';
import { doubtfulWidths, findDoubtfulStretches } from './doubt.js';
import { createBeadScorer, type BeadScorer, type ScoreParameters } from '../score/scorer.js';

/** How many sentences each coarse level joins into one: Vecalign halves; a step of four means half as many levels, each of which rescans every token, for the same paths (measured on the synthetic benchmark). */
const COARSE_FACTOR = 4;

/** Limits of the search. */
export interface SearchLimits {
  /** Largest matrix searched whole; larger ones are searched coarse to fine. */
  fullCells: number;
  /** Largest coarse matrix searched whole, ending the recursion. */
  coarseFullCells: number;
  /** Half-width of the band around a guiding path, in sentences; doubled while the path runs along its edge. */
  bandWidth: number;
  /** Most cells one band may hold (`E_BUDGET` past it). */
  maxCells: number;
}

/** The result of a search: beads, the path, the scorer (for confidence) and the work done. */
export interface SearchResult {
  beads: RawBead[];
  path: PathPoint[];
  scorer: BeadScorer;
  band: Band;
  cells: number;
}

/**
 * Finds the best alignment of two sides. Small documents are searched whole; larger ones
 * coarse to fine (Vecalign's recursive downsampling, four sentences to one per level): both sides are shrunk, aligned, and the
 * coarse path, projected back, guides a band of `bandWidth` sentences around it, widened while
 * the best path runs along the band's edge. Time and memory are linear in the document length.
 */
export function search(
  source: SideEvidence,
  target: SideEvidence,
  keyCount: number,
  types: readonly BeadType[],
  parameters: ScoreParameters,
  survival: SurvivalRates,
  limits: SearchLimits,
  guide?: readonly PathPoint[],
  coarse = false,
): SearchResult {
  const rows = source.count;
  const columns = target.count;
  const sourceSide = prepareSide(source, documentFrequencies(target, keyCount), columns, survival);
  const targetSide = prepareSide(target, documentFrequencies(source, keyCount), rows, survival);
  let cells = 0;
  if ((rows + 1) * (columns + 1) <= (coarse ? limits.coarseFullCells : limits.fullCells)) {
    const band = fullBand(rows, columns, limits.maxCells);
    const scorer = createBeadScorer(sourceSide, targetSide, band, types, parameters);
    return { ...findBestPath(band, types, scorer), scorer, band, cells: band.cells };
  }
  let path = guide;
  if (path === undefined) {
    // Coarse levels only need the rough path: small beads suffice there.
    const coarseTypes = types.filter((type) => type.source <= 2 && type.target <= 2);
    const factor = COARSE_FACTOR;
    const shrunk = search(downsample(source, factor), downsample(target, factor), keyCount, coarseTypes, parameters, survival, limits, undefined, true);
    cells += shrunk.cells;
    path = shrunk.path.map(({ i, j }) => ({ i: Math.min(factor * i, rows), j: Math.min(factor * j, columns) }));
  }
  let width = limits.bandWidth;
  for (;;) {
    const band: Band = bandAroundPath(path, rows, columns, width, limits.maxCells);
    const scorer = createBeadScorer(sourceSide, targetSide, band, types, parameters);
    const result = findBestPath(band, types, scorer);
    cells += band.cells;
    const whole = band.cells >= (rows + 1) * (columns + 1);
    if (whole || !touchesEdge(band, result.path) || width >= 8 * limits.bandWidth) {
      let best: SearchResult = { ...result, scorer, band, cells };
      // Each repair can move a run elsewhere (a detour undone leaves the true gap to be found): a few rounds.
      for (let round = 0; round < REPAIR_ROUNDS && !whole; round += 1) {
        const repaired = repairDoubtful(best, best.band, width, rows, columns, sourceSide, targetSide, types, parameters, limits);
        if (repaired === undefined) break;
        best = { ...repaired, cells: best.cells + repaired.cells };
      }
      return best;
    }
    width *= 2;
    path = result.path;
  }
}

/** Most rounds of repair per search. */
const REPAIR_ROUNDS = 3;

/** Extra cells a repair may add, per sentence of both sides and unit of `bandWidth`. */
const REPAIR_CELLS = 4;

/**
 * Searches again, once, with the band widened over the path's doubtful stretches (see
 * `findDoubtfulStretches`); the widened band contains the old one, so the new path scores at
 * least as well. The extra cells are bounded by `REPAIR_CELLS × (rows + columns) × bandWidth`,
 * which keeps the search linear.
 */
function repairDoubtful(
  result: { beads: RawBead[]; path: PathPoint[] },
  band: Band,
  width: number,
  rows: number,
  columns: number,
  sourceSide: PreparedSide,
  targetSide: PreparedSide,
  types: readonly BeadType[],
  parameters: ScoreParameters,
  limits: SearchLimits,
): SearchResult | undefined {
  const stretches = findDoubtfulStretches(result.beads, width);
  if (stretches.length === 0) return undefined;
  const widths = doubtfulWidths(stretches, result.path.length, width, REPAIR_CELLS * (rows + columns) * limits.bandWidth);
  // The union with the old band: the new path can only score better, and rounds stop when nothing is added.
  const wider = unionOfBands(band, bandAroundPath(result.path, rows, columns, widths, limits.maxCells), limits.maxCells);
  if (wider.cells <= band.cells) return undefined;
  const scorer = createBeadScorer(sourceSide, targetSide, wider, types, parameters);
  return { ...findBestPath(wider, types, scorer), scorer, band: wider, cells: wider.cells };
}
