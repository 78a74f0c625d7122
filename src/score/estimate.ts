import type { RawBead } from './grid.js';
import type { LengthModel } from './length.js';
import { TOKEN_CLASSES, type SideEvidence } from './evidence.js';
import type { SurvivalRates } from './prepare.js';

/**
 * How many 1-1 beads the prior variance counts as when a document's own is estimated. The
 * phenomenon: how tightly lengths follow each other is a property of the document (a close news
 * translation keeps sentence lengths within a variance of 1–3 per unit, a loose or OCR-damaged
 * one 5–8, measured on gold 1-1 beads of the shared sets), so a short document's own beads
 * should outweigh Gale & Church's 6.8 sooner than after 20 beads; at 20, a 12-sentence news
 * article kept nearly the published value and its length evidence stayed blunt.
 */
const LENGTH_PSEUDO_BEADS = 10;

/**
 * Estimates the document's own length model from confident 1-1 beads: the ratio of target to
 * source characters, and the variance of the target length around `ratio × source` per unit of
 * length (Gale & Church's c and s², here per document pair). Falls back to `prior` with few beads.
 */
export function estimateLengthModel(
  beads: readonly RawBead[],
  source: SideEvidence,
  target: SideEvidence,
  prior: LengthModel,
): LengthModel {
  let sourceTotal = 0;
  let targetTotal = 0;
  const pairs: [number, number][] = [];
  for (const bead of beads) {
    if (bead.sourceCount !== 1 || bead.targetCount !== 1) continue;
    const ls = source.lengths[bead.sourceStart]!;
    const lt = target.lengths[bead.targetStart]!;
    if (ls === 0 || lt === 0) continue;
    pairs.push([ls, lt]);
    sourceTotal += ls;
    targetTotal += lt;
  }
  if (pairs.length < 5) return prior;
  const ratio = targetTotal / sourceTotal;
  let squares = 0;
  let length = 0;
  for (const [ls, lt] of pairs) {
    squares += (lt - ratio * ls) ** 2;
    length += (ls + lt / ratio) / 2;
  }
  // Shrink towards the prior when there are few beads; keep within sane bounds.
  const weight = pairs.length / (pairs.length + LENGTH_PSEUDO_BEADS);
  const variance = weight * (squares / length) + (1 - weight) * prior.variance;
  return { ratio, variance: Math.min(40, Math.max(2, variance)) };
}

/**
 * Estimates, per token class, how often a token that could be matched is matched in its
 * translation, from the document's confident 1-1 beads, shrunk towards `prior`.
 */
export function estimateSurvival(
  beads: readonly RawBead[],
  source: SideEvidence,
  target: SideEvidence,
  prior: SurvivalRates,
): SurvivalRates {
  const matched = new Float64Array(TOKEN_CLASSES);
  const total = new Float64Array(TOKEN_CLASSES);
  const sourceKeys = new Set(source.keys);
  const targetKeys = new Set(target.keys);
  const keysOf = (side: SideEvidence, sentence: number) => {
    const keys = new Set<number>();
    for (let k = side.keyStart[side.sentenceStart[sentence]!]!; k < side.keyStart[side.sentenceStart[sentence + 1]!]!; k += 1) keys.add(side.keys[k]!);
    return keys;
  };
  const count = (from: SideEvidence, sentence: number, partner: Set<number>, otherKeys: Set<number>) => {
    for (let token = from.sentenceStart[sentence]!; token < from.sentenceStart[sentence + 1]!; token += 1) {
      let translatable = false;
      let found = false;
      for (let k = from.keyStart[token]!; k < from.keyStart[token + 1]!; k += 1) {
        translatable ||= otherKeys.has(from.keys[k]!);
        found ||= partner.has(from.keys[k]!);
      }
      if (!translatable) continue;
      total[from.tokenClass[token]!]! += 1;
      if (found) matched[from.tokenClass[token]!]! += 1;
    }
  };
  for (const bead of beads) {
    if (bead.sourceCount !== 1 || bead.targetCount !== 1) continue;
    count(source, bead.sourceStart, keysOf(target, bead.targetStart), targetKeys);
    count(target, bead.targetStart, keysOf(source, bead.sourceStart), sourceKeys);
  }
  return prior.map((rate, index) => {
    const estimate = (matched[index]! + 10 * rate) / (total[index]! + 10);
    return Math.min(0.95, Math.max(0.05, estimate));
  });
}

/**
 * Re-estimates the score of leaving a sentence unaligned from a first pass, as EM re-estimates
 * bead-type priors: the ratio of 1-0/0-1 beads to joined beads, smoothed with `pseudoBeads`
 * beads at the baseline ratio, in log odds times `scale`. A news translation with captions,
 * credits and extra paragraphs on one side makes omissions cheaper; a long close translation
 * (a novel) whose first pass leaves almost nothing unaligned makes them dearer, down to
 * `dearest`: the rate of omissions differs by an order of magnitude between kinds of text, and
 * only a long document has the evidence to move far from the baseline. The result lies between
 * `dearest` and −1.
 */
export function estimateNullScore(beads: readonly RawBead[], baseline: number, dearest = baseline - 3, scale = 3, pseudoBeads = 20): number {
  let nulls = 0;
  let joined = 0;
  for (const bead of beads) {
    if (bead.sourceCount === 0 || bead.targetCount === 0) nulls += 1;
    else joined += 1;
  }
  const prior = Math.exp(baseline / scale);
  const ratio = (nulls + pseudoBeads * prior) / (joined + pseudoBeads);
  return Math.min(-1, Math.max(Math.min(dearest, baseline), scale * Math.log(ratio)));
}
