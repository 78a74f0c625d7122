import { beadTypes } from '../score/beads.js';
import { BitekstError } from '../errors.js';
import { finiteNumber, optionalArray, optionalBoolean, optionalString, optionsObject, wholeNumber } from '../options.js';
import type { DictionaryEntry } from '../score/dictionary.js';
import { buildSideEvidence, type SideEvidence } from '../score/evidence.js';
import { nbEnLexicon } from '../score/data/nb-en-lexicon.js';
import { createInterner, type Interner } from '../score/interner.js';
import { DEFAULT_LENGTH_MODEL, type LengthModel } from '../score/length.js';
import { applyLexicon, type WordPair } from '../score/lexicon.js';
import type { ScoreParameters } from '../score/scorer.js';
import { resolveLanguage, type Language } from '../text/language.js';
import type { AlignInput, Alignment, Bead, Sentence } from '../types.js';
import { bandAroundPath, unionOfBands } from './band.js';
import { doubtfulWidths, findDoubtfulStretches } from './doubt.js';
import { runPasses, type PairEvidence, type PassesOutcome, type PassSettings } from './passes.js';
import { beadPosteriors } from './posterior.js';
import type { SearchResult } from './search.js';
import { toSentences } from './sentences.js';

/** Options of {@link alignSentences}. */
export interface AlignOptions {
  /**
   * BCP 47 language of the source.
   * @default 'nb'
   */
  sourceLang?: string;
  /**
   * BCP 47 language of the target.
   * @default 'en'
   */
  targetLang?: string;
  /**
   * Most sentences on one side of a bead (4 allows 4-1 and 1-4).
   * @default 4
   */
  maxSide?: number;
  /**
   * Most sentences in a bead, both sides together (4 allows 2-2, 3-1, 1-3; 5 adds 3-2, 2-3, 4-1, 1-4).
   * @default 5
   */
  maxBeadSize?: number;
  /**
   * Run the second pass: learn word translations from the first pass's confident beads and
   * align again with them (hunalign's realign).
   * @default true
   */
  realign?: boolean;
  /** A bilingual dictionary (see `parseDictionary`), used from the first pass on, beside the built-in lexicon. */
  dictionary?: readonly DictionaryEntry[];
  /**
   * Use the built-in Norwegian–English lexicon (a few hundred everyday words and their usual translations) when
   * one side has the Norwegian rules and the other the English ones; `false` leaves it out.
   * @default true
   */
  lexicon?: boolean;
  /**
   * Most cells of the search matrix one band may hold; past it `alignSentences` throws
   * `E_BUDGET` rather than run out of memory. Each cell takes 25 bytes.
   * @default 40_000_000
   */
  maxCells?: number;
  /**
   * Half-width, in sentences, of the band searched around the coarse path in long documents.
   * @default 8
   */
  bandWidth?: number;
  /**
   * Advanced: override the weights of the bead score (see `DEFAULT_WEIGHTS` and the README,
   * "Bead scores"). The defaults were tuned on the Text+Berg dev set.
   */
  weights?: Partial<AlignWeights>;
}

/** The weights of the bead score that a caller may override. */
export type AlignWeights = Omit<ScoreParameters, 'length'>;

const DEFAULTS = Object.freeze({
  sourceLang: 'nb',
  targetLang: 'en',
  maxSide: 4,
  maxBeadSize: 5,
  realign: true,
  maxCells: 40_000_000,
  bandWidth: 8,
});

/** Matrices up to this many cells are searched whole (about 550 × 550 sentences). */
const FULL_CELLS = 300_000;

/** Bead-score weights, tuned on the Text+Berg dev set (see the README). */
export const DEFAULT_WEIGHTS: AlignWeights = Object.freeze({
  lexicalWeight: 1,
  lengthWeight: 1,
  nullScore: -4,
  mergeCost: 2,
  unevenCost: 0.5,
  paragraphCost: 2,
  boilerplateCost: 10,
  headingNullFactor: 0.5,
  orphanCost: 1,
  absenceWeight: 1,
  continuationBonus: 1.5,
});

/** Half-width of the band the posteriors are summed over, around the best path. */
const POSTERIOR_WIDTH = 3;

/** Temperature of the bead posteriors, calibrated on the Text+Berg dev set (see the README, "Bead scores"). */
const TEMPERATURE = 2;

/**
 * Aligns two texts sentence by sentence.
 *
 * Each side is a text (segmented first, in its language), an array of sentences as strings
 * (pre-segmented) or `Sentence` objects. The result covers every sentence of both sides exactly
 * once, in document order, with beads of 1-0, 0-1 and every n-m up to 4 sentences a side and 5
 * in all by default (1-1, 2-1, 1-2, 2-2, 3-1, 1-3, 3-2, 2-3, 4-1, 1-4; see `maxSide`,
 * `maxBeadSize`), each with a confidence score in [0, 1].
 *
 * @throws {BitekstError} `E_INPUT` for input that is not text, `E_LANGUAGE` for a bad language tag,
 * `E_BUDGET` when the search would exceed `maxCells`.
 * @example
 * ```ts
 * const { beads } = alignSentences(norwegianText, englishText, { sourceLang: 'nb', targetLang: 'en' });
 * beads[2] //=> { source: [0], target: [2], score: 1 } (beads 0 and 1: the English headline and lead, no counterpart)
 * ```
 */
export function alignSentences(source: AlignInput, target: AlignInput, options: AlignOptions = {}): Alignment {
  const settings = resolveOptions(options);
  const sourceSentences = toSentences(source, settings.sourceLang, 'source');
  const targetSentences = toSentences(target, settings.targetLang, 'target');
  const base = { sourceLang: settings.sourceLang.tag, targetLang: settings.targetLang.tag, source: sourceSentences, target: targetSentences };
  if (sourceSentences.length === 0 || targetSentences.length === 0) return { ...base, ...unalignedBeads(sourceSentences.length, targetSentences.length) };
  const evidence = pairEvidence(sourceSentences, targetSentences, settings, options.dictionary);
  const outcome = runPasses(evidence, { ...settings, parameters: { ...settings.parameters, length: initialLengthModel(evidence) } });
  return { ...base, ...beadsAndModel(outcome, sourceSentences.length, targetSentences.length, settings) };
}

/** The options resolved once: languages, bead shapes, starting weights and search limits. */
export interface AlignSettings extends PassSettings {
  lexicon: boolean;
  sourceLang: ReturnType<typeof resolveLanguage>;
  targetLang: ReturnType<typeof resolveLanguage>;
}

export function resolveOptions(given: AlignOptions | undefined): AlignSettings {
  const where = 'alignSentences';
  const options = optionsObject(given, where);
  const maxSide = wholeNumber(options.maxSide, 'maxSide', { min: 1, max: 6 }, where, DEFAULTS.maxSide);
  const maxBeadSize = wholeNumber(options.maxBeadSize, 'maxBeadSize', { min: 2, max: 8 }, where, DEFAULTS.maxBeadSize);
  optionalArray(options.dictionary, 'dictionary', where);
  return {
    lexicon: optionalBoolean(options.lexicon, 'lexicon', where) ?? true,
    sourceLang: resolveLanguage(optionalString(options.sourceLang, 'sourceLang', where) ?? DEFAULTS.sourceLang),
    targetLang: resolveLanguage(optionalString(options.targetLang, 'targetLang', where) ?? DEFAULTS.targetLang),
    types: beadTypes(maxSide, maxBeadSize),
    // The length ratio is guessed once the sentences are known (see initialLengthModel).
    parameters: { ...resolveWeights(options.weights), length: DEFAULT_LENGTH_MODEL },
    limits: {
      fullCells: FULL_CELLS,
      coarseFullCells: 40_000,
      // A NaN or fractional width would keep the banded search from ever covering the matrix.
      bandWidth: wholeNumber(options.bandWidth, 'bandWidth', { min: 1 }, where, DEFAULTS.bandWidth),
      maxCells: wholeNumber(options.maxCells, 'maxCells', { min: 1 }, where, DEFAULTS.maxCells),
    },
    realign: optionalBoolean(options.realign, 'realign', where) ?? DEFAULTS.realign,
  };
}

/** The default weights with the caller's overrides, each a finite number of a known name. */
function resolveWeights(weights: Partial<AlignWeights> | undefined): AlignWeights {
  const where = 'alignSentences';
  if (weights === undefined) return { ...DEFAULT_WEIGHTS };
  const given = optionsObject(weights, `${where} (weights)`);
  const resolved: AlignWeights = { ...DEFAULT_WEIGHTS };
  for (const [name, value] of Object.entries(given)) {
    if (!Object.hasOwn(DEFAULT_WEIGHTS, name)) {
      throw new BitekstError('E_USAGE', `${where}: expected weights among ${Object.keys(DEFAULT_WEIGHTS).join(', ')}, found ${name}`);
    }
    // A NaN weight makes every score NaN, and the search then compares nothing.
    if (value !== undefined) resolved[name as keyof AlignWeights] = finiteNumber(value, `weights.${name}`, {}, where, 0);
  }
  return resolved;
}

/** Every sentence unaligned, when one side is empty. */
function unalignedBeads(sourceCount: number, targetCount: number): Pick<Alignment, 'beads' | 'model'> {
  const beads: Bead[] = [
    ...Array.from({ length: sourceCount }, (_, index) => ({ source: [index], target: [], score: 1 })),
    ...Array.from({ length: targetCount }, (_, index) => ({ source: [], target: [index], score: 1 })),
  ];
  return { beads, model: { lengthRatio: 1, lengthVariance: DEFAULT_LENGTH_MODEL.variance, lexiconSize: 0, passes: 0, cells: 0, evidence: 0 } };
}

/**
 * Both sides with the dictionary's word pairs as shared keys: the built-in lexicon of everyday
 * words first (short documents are too small to learn word translations from, and without them a
 * sentence of plain words has no evidence), then the caller's `dictionary`. The one place that
 * takes dictionaries, for `alignSentences` and pairing's prepared sides alike.
 */
export function applyDictionaries(
  source: SideEvidence,
  target: SideEvidence,
  dictionary: readonly DictionaryEntry[] | undefined,
  settings: AlignSettings,
  interner: Interner,
): [SideEvidence, SideEvidence] {
  const builtIn = settings.lexicon ? nbEnLexicon(settings.sourceLang.rules, settings.targetLang.rules) : [];
  if (builtIn.length === 0 && (dictionary === undefined || dictionary.length === 0)) return [source, target];
  const pairs: WordPair[] = [];
  // The built-in list never changes, so its words are normalised once; a caller's dictionary is
  // read afresh each call (the caller may change it between calls).
  let words = normalisedBuiltIn.get(builtIn);
  if (words === undefined) normalisedBuiltIn.set(builtIn, (words = normalisedWords(builtIn)));
  addPairs(pairs, words, interner);
  if (dictionary !== undefined) addPairs(pairs, normalisedWords(dictionary), interner);
  return applyLexicon(source, target, pairs, interner);
}

const normalisedBuiltIn = new WeakMap<readonly DictionaryEntry[], readonly (readonly [string, string])[]>();

/** A dictionary's entries as lower-case single words; multi-word and empty entries are left out. */
function normalisedWords(entries: readonly DictionaryEntry[]): (readonly [string, string])[] {
  const words: (readonly [string, string])[] = [];
  for (const { source, target } of entries) {
    const s = source.trim().toLowerCase();
    const t = target.trim().toLowerCase();
    if (s === '' || t === '' || /\s/.test(s) || /\s/.test(t)) continue;
    words.push([s, t]);
  }
  return words;
}

function addPairs(pairs: WordPair[], words: readonly (readonly [string, string])[], interner: Interner): void {
  for (const [s, t] of words) {
    // A pair neither of whose words the documents hold can give no token a key: left out, so
    // that a built-in lexicon of thousands of pairs costs a short document nothing (the ids of
    // the pairs kept come in the same relative order).
    if (!interner.has('s:', s) && !interner.has('t:', t)) continue;
    pairs.push([interner.id(`s:${s}`), interner.id(`t:${t}`)]);
  }
}

/** Both sides' evidence, with the dictionary's pairs as keys. */
function pairEvidence(sourceSentences: readonly Sentence[], targetSentences: readonly Sentence[], settings: AlignSettings, dictionary: readonly DictionaryEntry[] | undefined): PairEvidence {
  const interner = createInterner();
  const [source, target] = applyDictionaries(
    evidenceOf(sourceSentences, settings.sourceLang, 's', interner),
    evidenceOf(targetSentences, settings.targetLang, 't', interner),
    dictionary,
    settings,
    interner,
  );
  return { source, target, interner };
}

/** Gale & Church's variance with a first guess at the length ratio (see `initialRatio`). */
export function initialLengthModel({ source, target }: PairEvidence): LengthModel {
  const total = (side: SideEvidence) => side.lengths.reduce((sum, length) => sum + length, 0);
  return { ratio: initialRatio(total(source), source.count, total(target), target.count), variance: DEFAULT_LENGTH_MODEL.variance };
}

/**
 * The beads of the last pass with their posteriors, and the model: the one way to finish an
 * alignment, for `alignSentences` and pairing's prepared sides alike. The model is read first,
 * as the posteriors may take the search's scorer over (see `scoredBeads`).
 */
export function beadsAndModel(outcome: PassesOutcome, sourceCount: number, targetCount: number, settings: AlignSettings): Pick<Alignment, 'beads' | 'model'> {
  const model = modelOf(outcome, sourceCount + targetCount);
  return { beads: scoredBeads(outcome.result, sourceCount, targetCount, settings), model };
}

/** The beads of the last pass with their posterior probabilities as scores; spends the search's scorer when the posteriors' band reaches past its own. */
function scoredBeads(result: SearchResult, sourceCount: number, targetCount: number, settings: AlignSettings): Bead[] {
  // Alternatives far from the best path carry no probability: the posteriors are summed over a narrow band around it.
  // Over doubtful stretches (runs of 1-0/0-1) the band is as wide as the repair's, so that the
  // alignments the run could shift to share the probability: a bead is never sure where its place is not.
  const doubt = findDoubtfulStretches(result.beads, POSTERIOR_WIDTH);
  const widths = doubtfulWidths(doubt, result.path.length, POSTERIOR_WIDTH, 4 * (sourceCount + targetCount) * settings.limits.bandWidth);
  const band = bandAroundPath(result.path, sourceCount, targetCount, widths, settings.limits.maxCells);
  // Beads past the search's band would be scored afresh, in both passes, each term a merge join
  // per sentence (a path along a long run of 1-0 or 0-1 beads has hundreds of thousands): a scorer
  // over both bands keeps the search's work and caches the rest as the forward pass sweeps.
  const union = unionOfBands(result.band, band, settings.limits.maxCells);
  const wider = union.cells > result.band.cells;
  const scorer = wider ? result.scorer.over(union) : result.scorer;
  const scores = beadPosteriors(band, settings.types, scorer, result.beads, TEMPERATURE, wider);
  return result.beads.map((bead, index) => ({
    source: range(bead.sourceStart, bead.sourceCount),
    target: range(bead.targetStart, bead.targetCount),
    score: scores[index]!,
  }));
}

/** What the model learnt and spent, and the evidence per sentence of the joined beads. */
function modelOf(outcome: PassesOutcome, sentences: number): Alignment['model'] {
  const { result, parameters } = outcome;
  let evidence = 0;
  for (const bead of result.beads) {
    if (bead.sourceCount > 0 && bead.targetCount > 0) evidence += result.scorer.evidence(bead.sourceStart, bead.sourceCount, bead.targetStart, bead.targetCount);
  }
  return {
    lengthRatio: parameters.length.ratio,
    lengthVariance: parameters.length.variance,
    lexiconSize: outcome.lexiconSize,
    passes: outcome.passes,
    cells: outcome.cells,
    evidence: evidence / sentences,
  };
}

function evidenceOf(sentences: readonly Sentence[], lang: Language, side: 's' | 't', interner: Interner): SideEvidence {
  return buildSideEvidence(
    { texts: sentences.map((sentence) => sentence.text), paragraphs: sentences.map((sentence) => sentence.paragraph), lang, side },
    interner,
  );
}

/**
 * A first guess at the length ratio, before any bead is known: total characters when the sides
 * have similar numbers of sentences; mean sentence length when one side has far more sentences
 * (many additions or omissions), which would make the totals meaningless. Kept within 1:3.
 */
function initialRatio(sourceChars: number, sourceCount: number, targetChars: number, targetCount: number): number {
  if (sourceChars <= 0 || targetChars <= 0) return 1;
  const balanced = Math.max(sourceCount, targetCount) <= 1.5 * Math.min(sourceCount, targetCount);
  const ratio = balanced ? targetChars / sourceChars : targetChars / targetCount / (sourceChars / sourceCount);
  return Math.min(3, Math.max(1 / 3, ratio));
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => start + index);
}
