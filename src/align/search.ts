import type { BeadType } from '../score/beads.js';
import type { Band, RawBead } from '../score/grid.js';
import { bandAroundPath, fullBand, touchesEdge, unionOfBands, type PathPoint } from './band.js';
import { findBestPath } from './dp.js';
import { doubtfulWidths, findDoubtfulStretches } from './doubt.js';
import type { AbsenceRates } from '../score/absence.js';
import { downsample, keepTokens, type SideEvidence } from '../score/evidence.js';
import { documentFrequencies, prepareSide, type PreparedSide, type SurvivalRates } from '../score/prepare.js';
import { createBeadScorer, type BeadScorer, type ScoreParameters } from '../score/scorer.js';

/** How many sentences each coarse level joins into one: Vecalign halves; a step of four means half as many levels, each of which rescans every token, for the same paths (measured on the synthetic benchmark). */
const COARSE_FACTOR = 4;

/** Most rounds of repair per search. */
const REPAIR_ROUNDS = 3;

/**
 * Most cells one search (one pass, its widening and repairs) may fill, per sentence of both sides
 * and unit of `bandWidth`: text that does not align (shuffled, or two different books) runs
 * along every band's edge and is full of 1-0/0-1 runs, and without a budget would widen and
 * repair everywhere. A real document uses a fraction of it (the novel about 1.5).
 */
const WORK_CELLS = 24;

/** Extra cells a repair may add, per sentence of both sides and unit of `bandWidth`. */
const REPAIR_CELLS = 4;

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

/** What to align and how: the two sides, the bead shapes and weights, and the limits of the search. */
export interface SearchRequest {
  source: SideEvidence;
  target: SideEvidence;
  /** Number of distinct keys (the interner's size) both sides' keys are below. */
  keyCount: number;
  types: readonly BeadType[];
  parameters: ScoreParameters;
  survival: SurvivalRates;
  /** Each side's rates of numbers and names absent from a translation (see `estimateAbsence`); the defaults when left out. */
  absence?: { source: AbsenceRates; target: AbsenceRates } | undefined;
  limits: SearchLimits;
  /** A path to search around (a previous pass's) instead of a coarse level's. */
  guide?: readonly PathPoint[] | undefined;
  /** Whether this is a coarse level (searched whole up to `coarseFullCells`). */
  coarse?: boolean;
  /** Each side's `documentFrequencies` over `keyCount` keys, when the caller has them already; computed when left out. */
  frequencies?: { source: Uint32Array; target: Uint32Array } | undefined;
}

/** The result of a search: beads, the path, the scorer (for confidence) and the work done. */
export interface SearchResult {
  beads: RawBead[];
  path: PathPoint[];
  scorer: BeadScorer;
  band: Band;
  cells: number;
}

/** The prepared sides and settings shared by every band of one search. */
interface BandSearch {
  rows: number;
  columns: number;
  sourceSide: PreparedSide;
  targetSide: PreparedSide;
  types: readonly BeadType[];
  parameters: ScoreParameters;
  limits: SearchLimits;
}

/**
 * Finds the best alignment of two sides. Small documents are searched whole; larger ones
 * coarse to fine (Vecalign's recursive downsampling, four sentences to one per level): both
 * sides are shrunk, aligned, and the coarse path, projected back, guides a band of `bandWidth`
 * sentences around it, widened while the best path runs along the band's edge, then widened
 * over the stretches where the path may have been lost (see `findDoubtfulStretches`). Time and
 * memory are linear in the document length.
 */
export function search(request: SearchRequest): SearchResult {
  const { source, target, keyCount, survival, limits, absence } = request;
  const sourceFrequencies = request.frequencies?.source ?? documentFrequencies(source, keyCount);
  const targetFrequencies = request.frequencies?.target ?? documentFrequencies(target, keyCount);
  const context: BandSearch = {
    rows: source.count,
    columns: target.count,
    sourceSide: prepareSide(source, targetFrequencies, target.count, survival, absence?.source),
    targetSide: prepareSide(target, sourceFrequencies, source.count, survival, absence?.target),
    types: request.types,
    parameters: request.parameters,
    limits,
  };
  const { rows, columns } = context;
  if ((rows + 1) * (columns + 1) <= (request.coarse === true ? limits.coarseFullCells : limits.fullCells)) {
    return searchBand(context, fullBand(rows, columns, limits.maxCells));
  }
  let cells = 0;
  let path = request.guide;
  if (path === undefined) {
    const coarse = searchCoarse(request, context);
    cells += coarse.cells;
    path = coarse.path;
  }
  let width = limits.bandWidth;
  let previous: SearchResult | undefined;
  for (;;) {
    // Each wider band keeps what the last one computed at the cells they share.
    const result = searchBand(context, bandAroundPath(path, rows, columns, width, limits.maxCells), previous?.scorer);
    cells += result.cells;
    const whole = result.band.cells >= (rows + 1) * (columns + 1);
    if (whole) return { ...result, cells };
    // Widening doubles the band: it stops at eight times the width or where the work would pass its budget.
    const budget = WORK_CELLS * (rows + columns) * limits.bandWidth;
    if (!touchesEdge(result.band, result.path) || width >= 8 * limits.bandWidth || cells + 2 * result.band.cells > budget) {
      return repairDoubtful(context, { ...result, cells }, width, budget);
    }
    width *= 2;
    path = result.path;
    previous = result;
  }
}

/** The path of the sides shrunk `COARSE_FACTOR` to one, from each sentence's kept tokens (see `keepTokens`), projected back onto the fine matrix. */
function searchCoarse(request: SearchRequest, context: BandSearch): { path: PathPoint[]; cells: number } {
  const { source, target } = request;
  const { sourceSide, targetSide } = context;
  // Coarse levels only need the rough path: small beads suffice there.
  const types = request.types.filter((type) => type.source <= 2 && type.target <= 2);
  // A coarse sentence stands for COARSE_FACTOR sentences, and its joined beads score about as
  // much as theirs together: leaving it unaligned costs as many omissions. At the fine rate a
  // coarse path would skip whole stretches of look-alike text (repeated paragraphs) for little.
  const parameters = { ...request.parameters, nullScore: COARSE_FACTOR * request.parameters.nullScore };
  const shrunk = search({
    ...request,
    source: downsample(keepTokens(source, sourceSide.gainStart, sourceSide.chosen), COARSE_FACTOR),
    target: downsample(keepTokens(target, targetSide.gainStart, targetSide.chosen), COARSE_FACTOR),
    types,
    parameters,
    guide: undefined,
    coarse: true,
    frequencies: undefined,
  });
  const path = shrunk.path.map(({ i, j }) => ({ i: Math.min(COARSE_FACTOR * i, source.count), j: Math.min(COARSE_FACTOR * j, target.count) }));
  return { path, cells: shrunk.cells };
}

/** The best path through `band`; with `previous`, the scorer of another band of this search, whose work at the cells both share is kept. */
function searchBand(context: BandSearch, band: Band, previous?: BeadScorer): SearchResult {
  const scorer = createBeadScorer(context.sourceSide, context.targetSide, band, context.types, context.parameters, previous);
  return { ...findBestPath(band, context.types, scorer), scorer, band, cells: band.cells };
}

/**
 * Searches again with the band widened over the path's doubtful stretches (see
 * `findDoubtfulStretches`), in up to `REPAIR_ROUNDS` rounds: each can move a run elsewhere (a
 * detour undone leaves the true gap to be found). The widened band is the union with the old
 * one, so each new path scores at least as well, and the rounds stop when nothing is added. The
 * extra cells per round are bounded by `REPAIR_CELLS × (rows + columns) × bandWidth`, and all
 * of them by what is left of the search's budget, which keeps the search linear.
 */
function repairDoubtful(context: BandSearch, found: SearchResult, width: number, budget: number): SearchResult {
  const { rows, columns, limits } = context;
  let best = found;
  for (let round = 0; round < REPAIR_ROUNDS; round += 1) {
    const stretches = findDoubtfulStretches(best.beads, width);
    if (stretches.length === 0) break;
    const extra = Math.min(REPAIR_CELLS * (rows + columns) * limits.bandWidth, budget - best.cells - best.band.cells);
    if (extra <= 0) break;
    const widths = doubtfulWidths(stretches, best.path.length, width, extra);
    const wider = unionOfBands(best.band, bandAroundPath(best.path, rows, columns, widths, limits.maxCells), limits.maxCells);
    if (wider.cells <= best.band.cells || best.cells + wider.cells > budget) break;
    const repaired = searchBand(context, wider, best.scorer);
    best = { ...repaired, cells: best.cells + repaired.cells };
  }
  return best;
}
