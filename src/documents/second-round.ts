import { findCandidates } from './candidates.js';
import { learnCollectionLexicon, withTranslations } from './collection-lexicon.js';
import type { Fingerprint } from './fingerprint.js';
import { logit } from './log-odds.js';
import { linkCandidates, type Linking, type ScoredCandidate } from './linking.js';
import { pairScore } from './pair-score.js';
import { runVerifications, type VerifiedPair, type VerifySteps } from './pairing-work.js';
import { lengthMisfit, numberOrder } from './verify.js';

/** Pairs that teach the collection lexicon: only the surest. */
export const LEXICON_FLOOR = 0.9;
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
/** Fewest sentences on each side for length alone to speak: two one-line texts always "align". */
const NEAREST_MIN_SENTENCES = 3;

/**
 * How much better (in log-odds) a pair must score than any other pair of the round that shares
 * its source or its target. Many pairs are tried in this round, so a high score alone can be
 * chance: a translation stands out from the alternatives, a chance match does not.
 */
const MARGIN = 1;
/**
 * A pair below its kind's floor still pairs when it stands out: far better (3 in log-odds) than
 * at least three rivals. A free translation that shares little evidence scores low against its
 * target, but far lower against anything else. It must still reach the caller's `threshold`:
 * that is the contract of `pairDocuments`, and two unrelated articles can stand out from rivals
 * that are all hopeless.
 */
const STANDOUT = Object.freeze({ margin: 3, rivals: 3 });

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
 * 3. the free targets closest in length, at 0.8 (at most 6 per source; both documents of three
 *    sentences or more, for two one-line texts always align).
 *
 * A pair must also beat, by a margin, every other pair of the round that shares one of its
 * documents; one below its floor pairs only when it stands out from at least three rivals by a
 * wide margin. A pair whose numbers mostly disagree is not tried; the round verifies at most
 * 3,000 pairs, whatever the collection's size.
 *
 * @returns the verified candidates, and the assignment with the accepted ones linked.
 */
export function pairLeftovers(input: RoundInput): RoundResult {
  return runVerifications(leftoverSteps(input));
}

/** What the second round found: the verified candidates, and the assignment with the accepted ones linked. */
export interface RoundResult {
  candidates: ScoredCandidate[];
  linking: Linking;
}

/** {@link pairLeftovers} as steps: it asks for its verifications (see `pairingSteps`) and goes on with the answer. */
export function* leftoverSteps(input: RoundInput): VerifySteps<RoundResult> {
  const { sources, targets, scored, linking, expectedRatio, threshold } = input;
  const freeSources = sources.map((_, position) => position).filter((position) => !linking.sourceTaken.has(position));
  const freeTargets = targets.map((_, position) => position).filter((position) => !linking.targetTaken.has(position));
  if (freeSources.length === 0 || freeTargets.length === 0) return { candidates: [], linking };
  const sure = scored.filter((candidate) => candidate.score >= LEXICON_FLOOR && linking.sourceTaken.get(candidate.source) === candidate.target);
  const dictionary = learnCollectionLexicon(sure.map((candidate) => [sources[candidate.source]!, targets[candidate.target]!, candidate.teaching] as const));

  const tried = new Set(scored.map((candidate) => candidate.source * targets.length + candidate.target));
  const pending: Pending[] = [];
  let budget = ROUND_VERIFICATIONS;
  // Numbers are hard evidence: a pair whose numbers mostly disagree is not retried, however well
  // its words match. Numbers on one side only are no disagreement (the other may spell them out).
  const disagree = (a: readonly number[], b: readonly number[]) => a.length > 0 && b.length > 0 && numberOrder(a, b) < MIN_NUMBER_ORDER;
  const propose = (source: number, target: number, similarity: number, floor: number) => {
    if (budget <= 0 || disagree(sources[source]!.numbers, targets[target]!.numbers)) return;
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
  if (perSource > 0) {
    const long = (print: Fingerprint) => print.sentences.length >= NEAREST_MIN_SENTENCES;
    const byLength = freeTargets.filter((target) => long(targets[target]!)).sort((a, b) => targets[a]!.chars - targets[b]!.chars);
    for (const source of freeSources.filter((position) => long(sources[position]!))) {
      const untried = (target: number) => !tried.has(source * targets.length + target);
      for (const target of nearestInLength(byLength, targets, sources[source]!.chars, expectedRatio, perSource, untried)) {
        propose(source, target, 0, NEAREST_THRESHOLD);
      }
    }
  }

  // One piece of work: a document tried against several others is analysed for alignment once.
  const pairs = pending.map(({ source, target }) => [sources[source]!, targets[target]!] as const);
  const checks = pairs.length === 0 ? [] : ((yield { kind: 'verify', pairs, expectedRatio, dictionary }) as VerifiedPair[]);
  const verified = pending.map(({ source, target, similarity, floor }, index) => {
    const score = pairScore(similarity, checks[index]!.check, sources[source]!, targets[target]!);
    return { candidate: { source, target, similarity, score }, floor };
  });
  const candidates = verified.map(({ candidate }) => candidate);
  const rivals = findRivals(candidates);
  const accepted = verified.filter(({ candidate, floor }, index) => {
    const { best, count } = rivals[index]!;
    const margin = logit(candidate.score) - best;
    return (candidate.score >= floor && margin >= MARGIN) || (candidate.score >= threshold && margin >= STANDOUT.margin && count >= STANDOUT.rivals);
  });
  const linked = linkCandidates(
    linking,
    accepted.map(({ candidate }) => candidate),
    0,
  );
  return { candidates, linking: linked };
}

interface Pending {
  source: number;
  target: number;
  similarity: number;
  /** Least score at which it pairs. */
  floor: number;
}

/**
 * The `count` targets (positions, `byLength` sorted by length) whose length best fits a source of
 * `sourceChars`, among those `keep` accepts: a binary search for the expected length, then a
 * walk outwards, so each source costs O(log n + count), not a sort of every target.
 */
function nearestInLength(
  byLength: readonly number[],
  targets: readonly Fingerprint[],
  sourceChars: number,
  expectedRatio: number,
  count: number,
  keep: (target: number) => boolean,
): number[] {
  const expected = sourceChars * expectedRatio;
  let low = 0;
  let high = byLength.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (targets[byLength[middle]!]!.chars < expected) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  let left = low - 1;
  let right = low;
  const misfit = (at: number) => lengthMisfit(targets[byLength[at]!]!.chars, sourceChars, expectedRatio);
  while (found.length < count && (left >= 0 || right < byLength.length)) {
    const takeLeft = right >= byLength.length || (left >= 0 && misfit(left) <= misfit(right));
    const target = byLength[takeLeft ? left-- : right++]!;
    if (keep(target)) found.push(target);
  }
  return found;
}


/** The rivals of a candidate: the other candidates that share its source or its target. */
interface Rivals {
  /** Logit of the best of them (−∞ when there are none). */
  best: number;
  count: number;
}

/** For each candidate, its {@link Rivals}: how well the same documents align with something else. */
function findRivals(candidates: readonly ScoredCandidate[]): Rivals[] {
  const side = (key: 'source' | 'target') => {
    const first = new Map<number, number>();
    const second = new Map<number, number>();
    const count = new Map<number, number>();
    for (const candidate of candidates) {
      const z = logit(candidate.score);
      const id = candidate[key];
      count.set(id, (count.get(id) ?? 0) + 1);
      const top = first.get(id) ?? -Infinity;
      if (z > top) {
        second.set(id, top);
        first.set(id, z);
      } else if (z > (second.get(id) ?? -Infinity)) second.set(id, z);
    }
    // The best rival of a candidate is the top of its group, unless it is the top itself.
    return (candidate: ScoredCandidate): Rivals => {
      const id = candidate[key];
      const top = first.get(id)!;
      return { best: logit(candidate.score) === top ? (second.get(id) ?? -Infinity) : top, count: count.get(id)! - 1 };
    };
  };
  const bySource = side('source');
  const byTarget = side('target');
  return candidates.map((candidate) => {
    const source = bySource(candidate);
    const target = byTarget(candidate);
    return { best: Math.max(source.best, target.best), count: source.count + target.count };
  });
}
