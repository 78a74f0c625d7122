import { findCandidates } from './candidates.js';
import { createDictionaryView, learnCollectionLexicon, withTranslations } from './collection-lexicon.js';
import type { Fingerprint } from './fingerprint.js';
import type { Linking, ScoredCandidate } from './linking.js';
import { pairScore } from './pair-score.js';
import { lengthMisfit, numberOrder, verifyPair } from './verify.js';

/** Pairs that teach the collection lexicon: only the surest. */
const LEXICON_FLOOR = 0.9;
/** Candidates the index proposes per source when it reads translated words. */
const TRANSLATED_CANDIDATES = 5;
/** Translated words found in more than this share of the documents are not looked up (function words). */
const TRANSLATED_MAX_SHARE = 0.01;
/** Least score of a pair the index found only through translated words. */
const TRANSLATED_THRESHOLD = 0.7;
/** Unpaired targets closest in length tried for each unpaired source. */
const NEAREST_PER_SOURCE = 6;
/** Most verifications the round spends, whatever the collection's size. */
const ROUND_VERIFICATIONS = 3000;
/** Least share of agreeing numbers (see `numberOrder`) for a pair to be retried. */
const MIN_NUMBER_ORDER = 0.5;
/** Least score of a pair found by length alone: without shared evidence, only a strong alignment. */
const NEAREST_THRESHOLD = 0.8;

/** What the second round works on: the collections, the first round's results, the settings. */
export interface RoundInput {
  sources: readonly Fingerprint[];
  targets: readonly Fingerprint[];
  /** The first round's verified candidates. */
  scored: readonly ScoredCandidate[];
  linking: Linking;
  expectedRatio: number;
  threshold: number;
}

/**
 * The second round, for the sources the first left unpaired (dialogue, say, which shares no
 * number, name or cognate with its translation). The surest pairs found so far teach word
 * translations ({@link learnCollectionLexicon}); with them as a dictionary, the verifying
 * alignment (now two-pass) sees evidence it could not before. Three kinds of candidates, each
 * held to a higher score the less the index saw of it:
 * 1. the first round's candidates whose targets are still free, again, at `threshold`;
 * 2. those the index finds when it reads translated words, at 0.7;
 * 3. the free targets closest in length, at 0.8 (at most 6 per source, 3,000 in all).
 *
 * @returns the verified candidates, after linking them into `linking`.
 */
export function pairLeftovers(input: RoundInput): ScoredCandidate[] {
  const { sources, targets, scored, linking, expectedRatio, threshold } = input;
  const freeSources = sources.map((_, position) => position).filter((position) => !linking.sourceTaken.has(position));
  const freeTargets = targets.map((_, position) => position).filter((position) => !linking.targetTaken.has(position));
  if (freeSources.length === 0 || freeTargets.length === 0) return [];
  const sure = scored.filter((candidate) => candidate.score >= LEXICON_FLOOR && linking.sourceTaken.get(candidate.source) === candidate.target);
  const dictionary = learnCollectionLexicon(sure.map((candidate) => [sources[candidate.source]!, targets[candidate.target]!] as const));

  const tried = new Set(scored.map((candidate) => candidate.source * targets.length + candidate.target));
  const pending: Pending[] = [];
  let budget = ROUND_VERIFICATIONS;
  // Numbers are hard evidence: a pair whose numbers mostly disagree is not retried, however well its words match.
  const propose = (source: number, target: number, similarity: number, floor: number) => {
    if (budget <= 0 || numberOrder(sources[source]!.numbers, targets[target]!.numbers) < MIN_NUMBER_ORDER) return;
    budget -= 1;
    pending.push({ source, target, similarity, floor });
  };
  if (dictionary.length > 0) {
    const again = scored.filter((candidate) => !linking.sourceTaken.has(candidate.source) && !linking.targetTaken.has(candidate.target));
    for (const candidate of again.sort((a, b) => b.score - a.score)) propose(candidate.source, candidate.target, candidate.similarity, threshold);
    const [translatedSources, translatedTargets] = withTranslations(
      freeSources.map((position) => sources[position]!),
      freeTargets.map((position) => targets[position]!),
      dictionary,
    );
    const found = findCandidates(translatedSources, translatedTargets, TRANSLATED_CANDIDATES, TRANSLATED_MAX_SHARE)
      .map((candidate) => ({ ...candidate, source: freeSources[candidate.source]!, target: freeTargets[candidate.target]! }))
      .filter((candidate) => candidate.similarity > 0 && !tried.has(candidate.source * targets.length + candidate.target));
    for (const candidate of found.sort((a, b) => b.similarity - a.similarity)) {
      tried.add(candidate.source * targets.length + candidate.target);
      propose(candidate.source, candidate.target, candidate.similarity, TRANSLATED_THRESHOLD);
    }
  }
  const perSource = Math.min(NEAREST_PER_SOURCE, freeTargets.length, Math.floor(budget / freeSources.length));
  for (const source of perSource > 0 ? freeSources : []) {
    const chars = sources[source]!.chars;
    const closest = freeTargets
      .filter((target) => !tried.has(source * targets.length + target))
      .map((target) => ({ target, misfit: lengthMisfit(targets[target]!.chars, chars, expectedRatio) }))
      .sort((a, b) => a.misfit - b.misfit)
      .slice(0, perSource);
    for (const { target } of closest) propose(source, target, 0, NEAREST_THRESHOLD);
  }

  const view = createDictionaryView(dictionary);
  const verified = pending.map(({ source, target, similarity, floor }) => {
    const s = sources[source]!;
    const t = targets[target]!;
    const score = pairScore(similarity, verifyPair(s, t, expectedRatio, dictionary.length > 0 ? view(s, t) : undefined), s, t);
    return { candidate: { source, target, similarity, score }, floor };
  });
  linking.link(
    verified.filter(({ candidate, floor }) => candidate.score >= floor).map(({ candidate }) => candidate),
    0,
  );
  return verified.map(({ candidate }) => candidate);
}

interface Pending {
  source: number;
  target: number;
  similarity: number;
  /** Least score at which it pairs. */
  floor: number;
}
