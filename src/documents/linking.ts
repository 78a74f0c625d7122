/** A verified candidate pair, by position in the source and target lists. */
export interface ScoredCandidate {
  source: number;
  target: number;
  /** Index similarity (0 when the index did not propose the pair). */
  similarity: number;
  score: number;
  /**
   * The confident 1-1 beads of its verifying alignment (see `verifyPairWithBeads`), kept for the
   * surest pairs only, which teach the collection lexicon.
   */
  teaching?: Uint32Array;
}

/**
 * A one-to-one assignment, built up over several rounds of competitive linking. A value: every
 * step returns a new assignment and leaves its input as it was.
 */
export interface Linking {
  /** Source position → target position. */
  readonly sourceTaken: ReadonlyMap<number, number>;
  /** Target position → source position. */
  readonly targetTaken: ReadonlyMap<number, number>;
  /** Target position → score of the pair it is in. */
  readonly scores: ReadonlyMap<number, number>;
}

/** The assignment with nothing linked. */
export const EMPTY_LINKING: Linking = Object.freeze({ sourceTaken: new Map(), targetTaken: new Map(), scores: new Map() });

/** Score of the pair a target is in (0 when it is free). */
export function linkedScore(linking: Linking, target: number): number {
  return linking.scores.get(target) ?? 0;
}

/**
 * Competitive linking (Melamed 2000): the best remaining candidate first, each document used
 * once, none below `floor`; documents already linked stay as they are.
 */
export function linkCandidates(linking: Linking, candidates: readonly ScoredCandidate[], floor: number): Linking {
  const sourceTaken = new Map(linking.sourceTaken);
  const targetTaken = new Map(linking.targetTaken);
  const scores = new Map(linking.scores);
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (candidate.score < floor || sourceTaken.has(candidate.source) || targetTaken.has(candidate.target)) continue;
    sourceTaken.set(candidate.source, candidate.target);
    targetTaken.set(candidate.target, candidate.source);
    scores.set(candidate.target, candidate.score);
  }
  return { sourceTaken, targetTaken, scores };
}

/** The assignment without these targets' pairs (a group replaces them). */
export function releaseTargets(linking: Linking, targets: Iterable<number>): Linking {
  const sourceTaken = new Map(linking.sourceTaken);
  const targetTaken = new Map(linking.targetTaken);
  const scores = new Map(linking.scores);
  for (const target of targets) {
    const source = targetTaken.get(target);
    if (source === undefined) continue;
    targetTaken.delete(target);
    sourceTaken.delete(source);
    scores.delete(target);
  }
  return { sourceTaken, targetTaken, scores };
}
