import { mergeFingerprints, type Fingerprint } from './fingerprint.js';
import { linkedScore, type Linking, type ScoredCandidate } from './linking.js';
import { logit } from './log-odds.js';
import { pairScore } from './pair-score.js';
import { verifyPair } from './verify.js';

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
  const best = new Map<number, ScoredCandidate>();
  for (const candidate of scored) {
    // A member must share rare evidence with the target (candidates by length alone do not).
    if (linked.sourceTaken.has(candidate.source) || candidate.similarity <= 0) continue;
    const current = best.get(candidate.source);
    if (current === undefined || candidate.score > current.score) best.set(candidate.source, candidate);
  }
  const byTarget = new Map<number, ScoredCandidate[]>();
  for (const candidate of best.values()) (byTarget.get(candidate.target) ?? byTarget.set(candidate.target, []).get(candidate.target)!).push(candidate);
  const groups: GroupProposal[] = [];
  for (const [t, list] of byTarget) {
    const partner = linked.targetTaken.get(t);
    if (list.length + (partner === undefined ? 0 : 1) < 2) continue;
    const target = targets[t]!;
    const order = [...list].sort((a, b) => b.score - a.score);
    let members: number[];
    let score: number;
    if (partner === undefined) {
      const first = order.shift()!;
      members = [first.source];
      score = first.score;
    } else {
      members = [partner];
      score = linkedScore(linked, t);
    }
    // Members join one at a time, best first, while the whole explains the target clearly better.
    for (const entry of order) {
      const trial = [...members, entry.source].sort((a, b) => a - b);
      const merged = mergeFingerprints(trial.map((member) => sources[member]!));
      const similarity = Math.max(...list.filter((other) => trial.includes(other.source)).map((other) => other.similarity));
      const trialScore = pairScore(similarity, verifyPair(merged, target, expectedRatio), merged, target);
      if (logit(trialScore) >= logit(score) + GROUP_MARGIN) [members, score] = [trial, trialScore];
    }
    if (members.length >= 2 && score >= threshold) groups.push({ sources: members, target: t, score });
  }
  return groups;
}
