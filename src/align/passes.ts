import type { RawBead } from '../score/grid.js';
import type { BeadType } from '../score/beads.js';
import { search, type SearchLimits, type SearchResult } from './search.js';
import { estimateLengthModel, estimateNullScore, estimateSurvival } from '../score/estimate.js';
import type { SideEvidence } from '../score/evidence.js';
import type { Interner } from '../score/interner.js';
import { applyLexicon, learnLexicon } from '../score/lexicon.js';
import { DEFAULT_SURVIVAL, documentFrequencies } from '../score/prepare.js';
import { estimateAbsenceRates } from '../score/absence.js';
import type { ScoreParameters } from '../score/scorer.js';

/** The two sides' evidence, with the interner their keys come from. */
export interface PairEvidence {
  source: SideEvidence;
  target: SideEvidence;
  interner: Interner;
}

/** What the passes need, resolved once from the options. */
export interface PassSettings {
  types: readonly BeadType[];
  parameters: ScoreParameters;
  limits: SearchLimits;
  realign: boolean;
}

/** The last pass's search and what the passes learnt and spent. */
export interface PassesOutcome {
  result: SearchResult;
  parameters: ScoreParameters;
  lexiconSize: number;
  passes: number;
  cells: number;
}

/**
 * Runs the alignment passes: a first search; then, with `realign`, a second guided by the first
 * pass's path, after learning from its confident 1-1 beads the document's length model, token
 * survival rates, omission rate and a lexicon (hunalign's realign, Moore 2002); and a third while
 * the omission rate is still moving.
 */
export function runPasses(evidence: PairEvidence, settings: PassSettings): PassesOutcome {
  const { types, limits, realign } = settings;
  let { source, target } = evidence;
  let parameters = settings.parameters;
  const request = (sides: { source: SideEvidence; target: SideEvidence }) => ({ ...sides, keyCount: evidence.interner.size, limits });
  // With a second pass to come, the first only has to find the confident beads and the rough path.
  const firstTypes = realign ? types.filter((type) => type.source <= 2 && type.target <= 2) : types;
  if (!realign) {
    const result = search({ ...request({ source, target }), types: firstTypes, parameters, survival: DEFAULT_SURVIVAL });
    return { result, parameters, lexiconSize: 0, passes: 1, cells: result.cells };
  }
  // Only the first pass's beads and path are kept: its scorer, as large as its band, is let go before the second pass.
  const first = beadsAndPath(search({ ...request({ source, target }), types: firstTypes, parameters, survival: DEFAULT_SURVIVAL }));
  let cells = first.cells;
  const confident = confidentOneToOne(first.beads);
  const survival = estimateSurvival(confident, source, target, DEFAULT_SURVIVAL);
  parameters = { ...parameters, length: estimateLengthModel(confident, source, target, parameters.length) };
  const lexicon = learnLexicon(source, target, confident.map((bead) => [bead.sourceStart, bead.targetStart] as const), { minCount: 2, minDice: 0.5, maxPerWord: 3, maxBeads: 5_000 });
  [source, target] = applyLexicon(source, target, lexicon, evidence.interner);
  const keyCount = evidence.interner.size;
  // The sides and keys stay as they are from here on: their frequencies serve every later search too.
  const frequencies = { source: documentFrequencies(source, keyCount), target: documentFrequencies(target, keyCount) };
  const absence = {
    source: estimateAbsenceRates(confident, source, 'source', frequencies.target),
    target: estimateAbsenceRates(confident, target, 'target', frequencies.source),
  };
  const baseline = parameters.nullScore;
  parameters = { ...parameters, nullScore: estimateNullScore(first.beads, baseline) };
  // The first pass's path is already fine-grained: a narrower band around it suffices (it widens if needed).
  const guided = { ...limits, bandWidth: Math.max(2, Math.ceil(limits.bandWidth / 2)) };
  const again = (guide: SearchResult['path']) => search({ ...request({ source, target }), limits: guided, types, parameters, survival, absence, guide, frequencies });
  let result = again(first.path);
  cells += result.cells;
  let passes = 2;
  // One more round while the omission rate is still moving (documents with many additions).
  const nullScore = estimateNullScore(result.beads, baseline);
  if (Math.abs(nullScore - parameters.nullScore) > 0.5) {
    parameters = { ...parameters, nullScore };
    result = again(result.path);
    cells += result.cells;
    passes = 3;
  }
  return { result, parameters, lexiconSize: lexicon.length, passes, cells };
}

/** A search's beads, path and work, without its scorer. */
function beadsAndPath({ beads, path, cells }: SearchResult): Pick<SearchResult, 'beads' | 'path' | 'cells'> {
  return { beads, path, cells };
}

/**
 * Score a 1-1 bead of the first pass must beat for its lengths, tokens and word pairs to be
 * learnt from. Fixed rather than relative to `nullScore`: how cheap an omission is says nothing
 * about whether a bead is a translation, and a threshold that rose with cheaper omissions fed
 * weak beads into the length model and the lexicon (on the novel, 2-2 beads then replaced pairs
 * of 1-1). −10 is where the threshold stood with the old omission score (−7).
 */
const CONFIDENT_SCORE = -10;

/** 1-1 beads of a first pass confident enough to learn from. */
function confidentOneToOne(beads: readonly RawBead[]): RawBead[] {
  return beads.filter((bead) => bead.sourceCount === 1 && bead.targetCount === 1 && bead.score > CONFIDENT_SCORE);
}
