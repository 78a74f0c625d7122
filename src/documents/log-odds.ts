/**
 * Log-odds of a probability, clamped to ±20.7 (p within 1e-9 of 0 or 1): the scale on which
 * pairing compares scores, for a margin between two scores near 1 means as much as between two
 * near 0.5.
 */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}
