import { mergeFingerprints, type Fingerprint } from './fingerprint.js';
import { linkedScore, type Linking, type ScoredCandidate } from './linking.js';
import { pairScore } from './pair-score.js';
import { verifyPair } from './verify.js';

/** A group found: source positions (in input order) that one target translates together. */
export interface GroupProposal {
  sources: number[];
  target: number;
  score: number;
}

/**
 * Many-to-one: the unpaired sources whose best candidate is one target (paired or not), with a
 * score of at least a quarter of `threshold`, are read together with that target's partner, in
 * input order, and the whole is verified against the target like one document. Sources join one
 * at a time, best first, while the whole scores better than before; a whole of two or more that
 * scores at least `threshold` is a group (two short articles translated as one), which replaces
 * the pair.
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
    // A member must relate to the target on its own, if weakly.
    if (linked.sourceTaken.has(candidate.source) || candidate.score < threshold / 4) continue;
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
    // Members join one at a time, best first, while the whole explains the target better.
    for (const entry of order) {
      const trial = [...members, entry.source].sort((a, b) => a - b);
      const merged = mergeFingerprints(trial.map((member) => sources[member]!));
      const similarity = Math.max(...list.filter((other) => trial.includes(other.source)).map((other) => other.similarity));
      const trialScore = pairScore(similarity, verifyPair(merged, target, expectedRatio), merged, target);
      if (trialScore > score) [members, score] = [trial, trialScore];
    }
    if (members.length >= 2 && score >= threshold) groups.push({ sources: members, target: t, score });
  }
  return groups;
}
