/**
 * Sentence-length model of Gale & Church (1993), "A Program for Aligning Sentences in Bilingual
 * Corpora", Computational Linguistics 19(1).
 *
 * The length of a translation is modelled as normally distributed around `ratio` times the
 * length of its source, with a variance proportional to the length. Deviations from the paper:
 * `ratio` and `variance` are estimated per document pair (the paper fixes c = 1, s² = 6.8), and
 * the variance scales with the mean of both lengths (source and target divided by `ratio`)
 * rather than the source length alone, so the score is symmetric in the two languages.
 */
export interface LengthModel {
  /** Expected target characters per source character. */
  ratio: number;
  /** Variance of the target length per unit of length (Gale & Church's s²). */
  variance: number;
}

/** Gale & Church's published values, the starting point before a document's own are estimated. */
export const DEFAULT_LENGTH_MODEL: LengthModel = Object.freeze({ ratio: 1, variance: 6.8 });

/**
 * `log erfc(z)` for `z ≥ 0`, from the Chebyshev fit of Press et al., "Numerical Recipes",
 * §6.2 (fractional error below 1.2e-7). Working in logs keeps it finite where `erfc` underflows.
 */
export function logErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const polynomial =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - z * z + polynomial;
}

/**
 * Log-probability that a source of `sourceLength` characters and a target of `targetLength`
 * characters are translations, by length alone: `log P(|δ| ≥ observed)`, two-tailed, with
 * `δ = (target − ratio·source) / √(length·variance)`. 0 for a perfect fit, about −3.1 at δ = 2.
 */
export function lengthLogProbability(sourceLength: number, targetLength: number, model: LengthModel): number {
  const length = (sourceLength + targetLength / model.ratio) / 2;
  if (length <= 0) return 0;
  const delta = (targetLength - sourceLength * model.ratio) / Math.sqrt(Math.max(length, 1) * model.variance);
  return logErfc(Math.abs(delta) / Math.SQRT2);
}
