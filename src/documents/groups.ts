import { mergeFingerprints, type Fingerprint } from './fingerprint.js';
import { linkedScore, type Linking, type ScoredCandidate } from './linking.js';
import { logit } from './log-odds.js';
import { pairScore } from './pair-score.js';
import { runVerifications, type VerifiedPair, type VerifySteps } from './pairing-work.js';

/** A group found: source positions (in input order) that one target translates together. */
export interface GroupProposal {
  sources: number[];
  target: number;
  score: number;
}

/**
 * How much better (in log-odds) a group must score than the pair or smaller group it replaces.
 * Every unpaired source is tried against its best target, so a whole that scores a little better
 * than the pair can be chance; two articles translated as one explain their target far better
 * together than either does alone.
 */
export const GROUP_MARGIN = 1;

/**
 * Many-to-one: each unpaired source is proposed to the target it scores best against, if the
 * index found the two share rare evidence. Its own score is no test: a source that translates
 * half of a target is read against the whole, so the other half (which another source
 * translates) is forced into its alignment as unrelated beads, and its evidence per sentence is
 * low or negative. What tells is the whole: the proposed sources are read together with the
 * target's partner, in input order, and verified against the target like one document. Sources
 * join one at a time, best first, while the whole scores better than before by
 * {@link GROUP_MARGIN} in log-odds; a whole of two or more that scores at least `threshold` is a
 * group (two short articles translated as one), which replaces the pair.
 */
export function findGroups(
  scored: readonly ScoredCandidate[],
  sources: readonly Fingerprint[],
  targets: readonly Fingerprint[],
  linked: Linking,
  threshold: number,
  expectedRatio: number,
): GroupProposal[] {
  return runVerifications(groupSteps(scored, sources, targets, linked, threshold, expectedRatio));
}

/** A target's group as it grows: the members so far, their score, and the sources yet to try. */
interface Growing {
  target: number;
  list: readonly ScoredCandidate[];
  untried: ScoredCandidate[];
  members: number[];
  score: number;
}

/**
 * {@link findGroups} as steps (see `pairingSteps`): every target's next trial is verified in one
 * piece of work, so a run asks for as many as the longest list of proposed sources, not one per trial.
 */
export function* groupSteps(
  scored: readonly ScoredCandidate[],
  sources: readonly Fingerprint[],
  targets: readonly Fingerprint[],
  linked: Linking,
  threshold: number,
  expectedRatio: number,
): VerifySteps<GroupProposal[]> {
  const best = new Map<number, ScoredCandidate>();
  for (const candidate of scored) {
    // A member must share rare evidence with the target (candidates by length alone do not).
    if (linked.sourceTaken.has(candidate.source) || candidate.similarity <= 0) continue;
    const current = best.get(candidate.source);
    if (current === undefined || candidate.score > current.score) best.set(candidate.source, candidate);
  }
  const byTarget = new Map<number, ScoredCandidate[]>();
  for (const candidate of best.values()) (byTarget.get(candidate.target) ?? byTarget.set(candidate.target, []).get(candidate.target)!).push(candidate);
  const growing: Growing[] = [];
  for (const [target, list] of byTarget) {
    const partner = linked.targetTaken.get(target);
    if (list.length + (partner === undefined ? 0 : 1) < 2) continue;
    const untried = [...list].sort((a, b) => b.score - a.score);
    if (partner === undefined) {
      const first = untried.shift()!;
      growing.push({ target, list, untried, members: [first.source], score: first.score });
    } else growing.push({ target, list, untried, members: [partner], score: linkedScore(linked, target) });
  }
  // Members join one at a time, best first, while the whole explains the target clearly better.
  for (;;) {
    const trials = growing
      .filter((group) => group.untried.length > 0)
      .map((group) => {
        const trial = [...group.members, group.untried.shift()!.source].sort((a, b) => a - b);
        const merged = mergeFingerprints(trial.map((member) => sources[member]!));
        const similarity = Math.max(...group.list.filter((other) => trial.includes(other.source)).map((other) => other.similarity));
        return { group, trial, merged, similarity };
      });
    if (trials.length === 0) break;
    const checks = (yield { kind: 'verify', pairs: trials.map(({ group, merged }) => [merged, targets[group.target]!] as const), expectedRatio }) as VerifiedPair[];
    trials.forEach(({ group, trial, merged, similarity }, index) => {
      const trialScore = pairScore(similarity, checks[index]!.check, merged, targets[group.target]!);
      if (logit(trialScore) >= logit(group.score) + GROUP_MARGIN) [group.members, group.score] = [trial, trialScore];
    });
  }
  return growing.filter((group) => group.members.length >= 2 && group.score >= threshold).map(({ members, target, score }) => ({ sources: members, target, score }));
}
