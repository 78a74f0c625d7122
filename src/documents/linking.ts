/** A verified candidate pair, by position in the source and target lists. */
export interface ScoredCandidate {
  source: number;
  target: number;
  /** Index similarity (0 when the index did not propose the pair). */
  similarity: number;
  score: number;
}

/** A one-to-one assignment built up over several rounds of competitive linking. */
export interface Linking {
  /** Source position → target position. */
  readonly sourceTaken: ReadonlyMap<number, number>;
  /** Target position → source position. */
  readonly targetTaken: ReadonlyMap<number, number>;
  /** Score of the pair a target is in (0 when it is free). */
  scoreOf(target: number): number;
  /** Links the best remaining candidates first, each document once, none below `floor`. */
  link(candidates: readonly ScoredCandidate[], floor: number): void;
  /** Takes documents out of the assignment (a group replaces their pair). */
  release(source: number, target: number): void;
}

/** An empty {@link Linking}. */
export function createLinking(): Linking {
  const sourceTaken = new Map<number, number>();
  const targetTaken = new Map<number, number>();
  const scores = new Map<number, number>();
  return {
    sourceTaken,
    targetTaken,
    scoreOf: (target) => scores.get(target) ?? 0,
    link(candidates, floor) {
      for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
        if (candidate.score < floor || sourceTaken.has(candidate.source) || targetTaken.has(candidate.target)) continue;
        sourceTaken.set(candidate.source, candidate.target);
        targetTaken.set(candidate.target, candidate.source);
        scores.set(candidate.target, candidate.score);
      }
    },
    release(source, target) {
      if (sourceTaken.get(source) === target) sourceTaken.delete(source);
      if (targetTaken.get(target) === source) targetTaken.delete(target);
      scores.delete(target);
    },
  };
}
