import type { SentenceEvidence } from './evidence.js';

/**
 * Halves a side by joining consecutive sentences pairwise (the last may stand alone), for the
 * coarse pass of the coarse-to-fine search: coarse sentence k is fine sentences 2k and 2k+1.
 */
export function downsample(side: readonly SentenceEvidence[]): SentenceEvidence[] {
  const coarse: SentenceEvidence[] = [];
  for (let index = 0; index < side.length; index += 2) {
    const first = side[index]!;
    const second = side[index + 1];
    coarse.push(
      second === undefined
        ? first
        : { tokens: [...first.tokens, ...second.tokens], length: first.length + second.length, paragraph: first.paragraph, boilerplate: first.boilerplate && second.boilerplate, heading: false },
    );
  }
  return coarse;
}
