import type { Fingerprint } from './fingerprint.js';
import type { Verification } from './verify.js';

/**
 * Weights of the pair score (logistic regression), fitted on the verified candidates of the
 * gold-set pairing collections, seeds 1–5 (`npx tsx scripts/fit-pair.mjs`; see the README). The
 * month terms are set by hand: the benchmark has no dates.
 */
export const PAIR_WEIGHTS = Object.freeze({
  bias: -4.86,
  similarity: 4.93,
  coverage: 5.94,
  evidence: 7.63,
  oneToOne: 4.31,
  numberOrder: 1.3,
  lengthMisfit: 1.81,
  sameMonth: 1,
  otherMonth: 2,
});

/**
 * How likely `target` translates `source`, in [0, 1]: a logistic score over the index
 * similarity of the two (0 when the index did not propose the pair) and the verification's
 * coverage, evidence, 1-1 share, number order and length misfit; dates, when both documents
 * have one, add or take away a little.
 */
export function pairScore(similarity: number, check: Verification, source: Fingerprint, target: Fingerprint): number {
  const w = PAIR_WEIGHTS;
  let z =
    w.bias +
    w.similarity * Math.min(1, similarity) +
    w.coverage * check.coverage +
    w.evidence * check.evidence +
    w.oneToOne * check.oneToOne +
    w.numberOrder * check.numberOrder -
    w.lengthMisfit * check.lengthMisfit;
  if (source.date !== undefined && target.date !== undefined) {
    z += source.date.slice(0, 7) === target.date.slice(0, 7) ? w.sameMonth : -w.otherMonth;
  }
  return 1 / (1 + Math.exp(-z));
}
