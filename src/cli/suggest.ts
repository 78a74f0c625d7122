import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to a mistyped `word` (`alig` → `align`, `fromat` → `format`), or
 * `undefined` when none is close: within a third of the word's length in edits (rounded up),
 * or a candidate that starts with the word.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const edits = candidate.startsWith(word) && word.length >= 2 ? 0.5 : distance(word, candidate);
    if (edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  return bestDistance <= Math.max(1, Math.ceil(word.length / 3)) ? best : undefined;
}
