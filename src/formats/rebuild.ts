import { linesToSentences } from '../alignment.js';
import type { Alignment, Bead } from '../types.js';

/** One bead read from a file: its sentences' texts on each side and its score. */
export interface ReadBead {
  source: string[];
  target: string[];
  score: number;
}

/** The model of an alignment read from a file, which records none: no passes, no evidence. */
export const UNKNOWN_MODEL: Readonly<Alignment['model']> = Object.freeze({ lengthRatio: 1, lengthVariance: 0, lexiconSize: 0, passes: 0, cells: 0, evidence: 0 });

/**
 * Builds an `Alignment` from beads read out of an exchange file: sentences are numbered in
 * order on each side, with offsets as if each side's sentences were lines of one text.
 */
export function rebuildAlignment(sourceLang: string, targetLang: string, read: readonly ReadBead[]): Alignment {
  const sourceTexts: string[] = [];
  const targetTexts: string[] = [];
  const beads: Bead[] = read.map((bead) => {
    const source = bead.source.map((text) => sourceTexts.push(text) - 1);
    const target = bead.target.map((text) => targetTexts.push(text) - 1);
    return { source, target, score: bead.score };
  });
  return {
    sourceLang,
    targetLang,
    source: linesToSentences(sourceTexts),
    target: linesToSentences(targetTexts),
    beads,
    model: { ...UNKNOWN_MODEL },
  };
}
