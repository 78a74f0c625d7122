import { BitekstError } from '../errors.js';
import { arrayArgument, finiteNumber, optionalFunction, optionalString, optionsObject, wholeNumber } from '../options.js';
import { findCandidates } from './candidates.js';
import { comparableHash, comparableText } from './comparable-text.js';
import type { Fingerprint } from './fingerprint.js';
import { groupSteps } from './groups.js';
import { KeyBag, KeyTable } from './key-bag.js';
import { EMPTY_LINKING, linkCandidates, linkedScore, releaseTargets, type ScoredCandidate } from './linking.js';
import { pairScore } from './pair-score.js';
import { leftoverSteps, LEXICON_FLOOR } from './second-round.js';
import { createFingerprintRunner, verifyPairs, type FingerprintOutcome, type PairingWork, type VerifiedPair, type VerifySteps } from './pairing-work.js';
import type { DocumentGroup, DocumentInput, DocumentIssue, PairingResult } from '../types.js';

/** Options of {@link pairDocuments}. */
export interface PairOptions {
  /**
   * BCP 47 language of the source documents (a document's own `lang` wins).
   * @default 'nb'
   */
  sourceLang?: string;
  /**
   * BCP 47 language of the target documents.
   * @default 'en'
   */
  targetLang?: string;
  /**
   * Least score of a reported pair; below it a document is unpaired.
   * @default 0.5
   */
  threshold?: number;
  /**
   * Candidates verified per source document.
   * @default 5
   */
  candidates?: number;
  /** Called as work proceeds, for a progress bar: `done` of `total` steps. */
  onProgress?: (done: number, total: number) => void;
}

const DEFAULTS = Object.freeze({ sourceLang: 'nb', targetLang: 'en', threshold: 0.5, candidates: 5 });

/**
 * The documents checked and sorted by id, so that every later step (the index's weights, its
 * candidate ranks, ties in the linking, which of two identical documents is kept) depends on the
 * collection, not on the order it was listed in: the same folder read in another order pairs the
 * same. Ids are compared by UTF-16 code units, which no locale changes.
 */
function byId(documents: readonly DocumentInput[], side: 'source' | 'target'): DocumentInput[] {
  const ids = new Set<string>();
  for (const document of documents) {
    if (typeof document?.id !== 'string' || typeof document.text !== 'string') {
      throw new BitekstError('E_INPUT', `pairDocuments: expected { id, text } documents, found ${JSON.stringify(document)?.slice(0, 60)}`);
    }
    if (ids.has(document.id)) throw new BitekstError('E_INPUT', `pairDocuments: the ${side} id "${document.id}" occurs twice`);
    ids.add(document.id);
  }
  return [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Documents by the hash of their comparable text (see `comparableHash`). */
type TextIndex = Map<number, DocumentInput[]>;

/** The document of `index` whose comparable text is that of `document` (`hash` its hash), if any. */
function twinOf(index: ReadonlyMap<number, DocumentInput[]> | undefined, hash: number, document: DocumentInput): DocumentInput | undefined {
  const found = index?.get(hash);
  if (found === undefined) return undefined;
  // Texts compared whole only when hashes meet: identical, all but always.
  const text = comparableText(document.text);
  return found.find((other) => comparableText(other.text) === text);
}

/**
 * The documents with text to pair; the empty ones, the second of two identical ones and (given
 * `sourceTexts`, the sources' index) a target that is a source's very text (a copy, not a
 * translation) reported. Returns the index of those kept too.
 */
function screen(
  documents: readonly DocumentInput[],
  side: 'source' | 'target',
  issues: DocumentIssue[],
  sourceTexts?: ReadonlyMap<number, DocumentInput[]>,
): { kept: DocumentInput[]; texts: TextIndex } {
  const texts: TextIndex = new Map();
  const kept = documents.filter((document) => {
    const hash = comparableHash(document.text);
    if (hash < 0) return void issues.push({ id: document.id, side, reason: 'empty: no text to pair' });
    const twin = twinOf(texts, hash, document);
    if (twin !== undefined) return void issues.push({ id: document.id, side, reason: `duplicate of ${twin.id}` });
    (texts.get(hash) ?? texts.set(hash, []).get(hash)!).push(document);
    const source = twinOf(sourceTexts, hash, document);
    if (source !== undefined) return void issues.push({ id: document.id, side, reason: `same text as source ${source.id}: not a translation` });
    return true;
  });
  return { kept, texts };
}

/**
 * Finds which target document translates which source document in two collections, and which
 * documents have no counterpart (in a real collection, most).
 *
 * 1. Each document's fingerprint: numbers, name keys and long-word prefixes, the evidence that
 *    survives translation.
 * 2. Candidates from an inverted index with TF-IDF weights, so the work grows with the
 *    collection, not with its square.
 * 3. Each source's best candidates verified by a cheap alignment (share of sentences in confident
 *    beads), the order of their numbers and their length ratio; dates help when both are known.
 * 4. A one-to-one assignment by competitive linking above `threshold`.
 * 5. A second round for the sources left unpaired: word translations learnt from the surest pairs
 *    serve the verifying alignment as a dictionary and the index as keys, and the free targets
 *    closest in length are tried too, each kind of candidate held to a higher score the less
 *    evidence the index had for it (see `pairLeftovers`).
 * 6. Sources that one target translates together (two short articles translated as one) are
 *    reported as a group, not forced into a pair.
 *
 * Empty and unreadable documents (binary data), duplicates within a side and documents identical
 * to one on the other side are reported in `issues` with the reason, never silently skipped.
 *
 * @throws {BitekstError} `E_INPUT` for documents without an id or a text, or a repeated id.
 */
export function pairDocuments(sources: readonly DocumentInput[], targets: readonly DocumentInput[], given: PairOptions = {}): PairingResult {
  const steps = pairingSteps(sources, targets, given);
  const fingerprint = createFingerprintRunner();
  let done = 0;
  const progress = () => given.onProgress?.(++done, total);
  let total = 0;
  let answer: FingerprintOutcome[] | VerifiedPair[] | undefined;
  for (;;) {
    const next = steps.next(answer);
    if (next.done === true) return next.value;
    total = next.value.total;
    const { work, keep } = next.value;
    if (work.kind === 'verify') answer = verifyPairs(work, progress);
    else {
      // In pieces, each kept as it is done, as the workers' pieces are (see PairingStep.keep).
      const outcomes: FingerprintOutcome[] = [];
      for (let start = 0; start < work.documents.length; start += KEEP_EVERY) {
        const piece = fingerprint({ ...work, documents: work.documents.slice(start, start + KEEP_EVERY) }, progress);
        for (const outcome of keep?.(piece) ?? piece) outcomes.push(outcome);
      }
      answer = outcomes;
    }
  }
}

/** Documents fingerprinted in this thread before their fingerprints are kept (see PairingStep.keep). */
const KEEP_EVERY = 512;

/** A piece of a pairing run's costly work, and the run's total of documents and pairs so far foreseen (for progress). */
export interface PairingStep {
  work: PairingWork;
  total: number;
  /**
   * Given with fingerprint work: turns fingerprints into the form the run keeps them in (keys as
   * numbers of its one table, see `KeyBag`). A caller that gets them in pieces may pass each piece
   * through it as it comes, in document order, so that the maps of a whole side are never held at
   * once and the numbering overlaps the work still running; the run keeps the rest at the end.
   * Numbers are given in the order keys are met, so any order but the documents' would number
   * them otherwise (the result would not change, but it is kept exactly the same as the run's own).
   */
  keep?: (outcomes: FingerprintOutcome[]) => FingerprintOutcome[];
  /**
   * Given with fingerprint work: the run's key table. A caller may number the keys of the
   * fingerprints it gets back into it itself (as `KeyBag`s of it, in document order, as `keep`
   * would), and `keep` then takes them as they are.
   */
  table?: KeyTable;
}

/**
 * The pairing run of {@link pairDocuments} as a sequence of steps: it yields each piece of costly
 * work (fingerprints, then the first round's verifications) and goes on with what the caller
 * sends back, {@link WorkResult} of that work, so that the work can run in this thread or in
 * others with the same result. Its options are checked at the first `next()`. `targets` may be
 * a function that gives them: it is called once, when the sources' fingerprints are sent back,
 * so a caller can still be reading the targets while the sources are fingerprinted.
 *
 * @throws {BitekstError} `E_INPUT` for documents without an id or a text, or a repeated id.
 */
export function* pairingSteps(
  sources: readonly DocumentInput[],
  targets: readonly DocumentInput[] | (() => readonly DocumentInput[]),
  given: PairOptions = {},
): Generator<PairingStep, PairingResult, FingerprintOutcome[] | VerifiedPair[] | undefined> {
  const where = 'pairDocuments';
  arrayArgument(sources, 'sources', where);
  // Given as a function, the targets are asked for once the sources' fingerprints are answered:
  // a caller still reading them (the command line, from a folder) reads while the sources are fingerprinted.
  const targetsGiven = typeof targets === 'function' ? undefined : arrayArgument(targets, 'targets', where);
  const options = optionsObject(given, where);
  const sourceLang = optionalString(options.sourceLang, 'sourceLang', where) ?? DEFAULTS.sourceLang;
  const targetLang = optionalString(options.targetLang, 'targetLang', where) ?? DEFAULTS.targetLang;
  // A NaN threshold compares false with every score and would pair nothing.
  const threshold = finiteNumber(options.threshold, 'threshold', { min: 0, max: 1 }, where, DEFAULTS.threshold);
  const candidateCount = wholeNumber(options.candidates, 'candidates', { min: 1 }, where, DEFAULTS.candidates);
  optionalFunction(options.onProgress, 'onProgress', where);
  const issues: DocumentIssue[] = [];
  // Documents the fingerprints could not read, reported after those the screens left out.
  const unreadable: DocumentIssue[] = [];
  // Each side screened (see `screen`): the sources' index serves the targets' check, then goes.
  const sourceScreen = screen(byId(sources, 'source'), 'source', issues);
  const sourceDocs = sourceScreen.kept;
  // Sorted and checked up front when given: a bad target is refused before any work is done.
  let targetsSorted = targetsGiven === undefined ? undefined : byId(targetsGiven, 'target');
  // Until the candidates are known, one verification a source is foreseen (and, until the targets are read, as many targets as sources).
  let total = sourceDocs.length + (targetsSorted?.length ?? sourceDocs.length) + sourceDocs.length;
  // A document that cannot be read (binary data, say) is reported and left out; the run goes on.
  type Answer = FingerprintOutcome[] | VerifiedPair[] | undefined;
  const keyTable = new KeyTable();
  // Kept for the whole run: a fingerprint's keys as numbers of the collection's one table (see KeyBag).
  const isKept = (keys: ReadonlyMap<string, number>) => keys instanceof KeyBag && keys.table === keyTable;
  const keep = (outcomes: FingerprintOutcome[]): FingerprintOutcome[] =>
    outcomes.map((outcome) => ('unreadable' in outcome || isKept(outcome.keys) ? outcome : { ...outcome, keys: new KeyBag(outcome.keys, keyTable) }));
  function* fingerprints(documents: readonly DocumentInput[], lang: string, side: 'source' | 'target'): Generator<PairingStep, Fingerprint[], Answer> {
    const outcomes = keep((yield { work: { kind: 'fingerprint', documents, lang }, total, keep, table: keyTable }) as FingerprintOutcome[]);
    const prints: Fingerprint[] = [];
    outcomes.forEach((outcome, position) => {
      if ('unreadable' in outcome) unreadable.push({ id: documents[position]!.id, side, reason: `unreadable: ${outcome.unreadable}` });
      else prints.push(outcome);
    });
    return prints;
  }
  const sourcePrints = yield* fingerprints(sourceDocs, sourceLang, 'source');
  targetsSorted ??= byId(arrayArgument((targets as () => readonly DocumentInput[])(), 'targets', where), 'target');
  const targetDocs = screen(targetsSorted, 'target', issues, sourceScreen.texts).kept;
  sourceScreen.texts.clear();
  total = sourceDocs.length + targetDocs.length + sourceDocs.length;
  const targetPrints = yield* fingerprints(targetDocs, targetLang, 'target');
  const candidates = findCandidates(sourcePrints, targetPrints, candidateCount).filter((candidate) => candidate.similarity > 0);
  const ratios = candidates.filter((candidate) => candidate.similarity >= 0.3).map((candidate) => targetPrints[candidate.target]!.chars / Math.max(1, sourcePrints[candidate.source]!.chars));
  const expectedRatio = ratios.length >= 3 ? median(ratios) : 1;
  const bySource = new Map<number, typeof candidates>();
  for (const candidate of candidates) (bySource.get(candidate.source) ?? bySource.set(candidate.source, []).get(candidate.source)!).push(candidate);
  // The alignment is the costly check: only candidates close to the source's best are verified.
  const checked = sourcePrints.flatMap((_, position) => {
    const list = bySource.get(position) ?? [];
    const best = list[0]?.similarity ?? 0;
    return list.filter((entry, rank) => rank === 0 || entry.similarity >= 0.6 * best);
  });
  bySource.clear();
  total = sourceDocs.length + targetDocs.length + checked.length;
  const pairs = checked.map((candidate) => [sourcePrints[candidate.source]!, targetPrints[candidate.target]!] as const);
  const verified = (yield { work: { kind: 'verify', pairs, expectedRatio }, total }) as VerifiedPair[];
  const scored: ScoredCandidate[] = checked.map((candidate, index) => {
    const { check, teaching } = verified[index]!;
    const [source, target] = pairs[index]!;
    const score = pairScore(candidate.similarity, check, source, target);
    // The surest pairs teach the second round's lexicon from this very alignment.
    return { source: candidate.source, target: candidate.target, similarity: candidate.similarity, score, ...(score >= LEXICON_FLOOR ? { teaching } : {}) };
  });
  // Competitive linking: the best remaining pair first, each document used once.
  const first = linkCandidates(EMPTY_LINKING, scored, threshold);
  // The second round's verifications and the groups' trials are work like the first round's.
  function* relay<R>(steps: VerifySteps<R>): Generator<PairingStep, R, Answer> {
    let answer: VerifiedPair[] | undefined;
    for (;;) {
      const next = steps.next(answer);
      if (next.done === true) return next.value;
      total += next.value.pairs.length;
      answer = (yield { work: next.value, total }) as VerifiedPair[];
    }
  }
  const second = yield* relay(leftoverSteps({ sources: sourcePrints, targets: targetPrints, scored, linking: first, expectedRatio, threshold }));
  const groups: DocumentGroup[] = [];
  const grouped = new Set<number>();
  const groupedTargets = new Set<number>();
  const proposals = yield* relay(groupSteps([...scored, ...second.candidates], sourcePrints, targetPrints, second.linking, threshold, expectedRatio));
  // A group replaces the pair its target was in.
  const linking = releaseTargets(second.linking, proposals.map((group) => group.target));
  for (const group of proposals) {
    for (const member of group.sources) grouped.add(member);
    groupedTargets.add(group.target);
    groups.push({ sources: group.sources.map((member) => sourcePrints[member]!.id), target: targetPrints[group.target]!.id, score: round(group.score) });
  }
  const linked = [...linking.sourceTaken].map(([source, target]) => ({
    source: sourcePrints[source]!.id,
    target: targetPrints[target]!.id,
    score: round(linkedScore(linking, target)),
  }));
  return {
    pairs: linked,
    groups,
    unpaired: {
      source: sourcePrints.filter((_, position) => !linking.sourceTaken.has(position) && !grouped.has(position)).map((print) => print.id),
      target: targetPrints.filter((_, position) => !linking.targetTaken.has(position) && !groupedTargets.has(position)).map((print) => print.id),
    },
    issues: [...issues, ...unreadable],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
