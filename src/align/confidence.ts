import type { RawBead } from './dp.js';
import type { BeadScorer, ScoreParameters } from './scorer.js';

/** Logistic calibration of bead margins into probabilities (fitted on the Text+Berg dev set). */
export interface Calibration {
  slope: number;
  intercept: number;
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/**
 * The confidence of each bead, in [0, 1]. A bead that joins sentences is compared with leaving
 * them all unaligned: its margin is its score minus the score of as many 1-0/0-1 beads. An
 * unaligned sentence is compared with pairing it 1-1 with the nearest sentences of the other
 * side. Margins go through a logistic curve calibrated on held-out gold alignments, so that a
 * score of 0.9 means about nine beads in ten like it are right.
 */
export function beadConfidence(
  beads: readonly RawBead[],
  scorer: BeadScorer,
  parameters: ScoreParameters,
  rows: number,
  columns: number,
  calibration: Calibration,
): number[] {
  return beads.map((bead) => {
    let margin: number;
    if (bead.sourceCount > 0 && bead.targetCount > 0) {
      margin = bead.score - parameters.nullScore * (bead.sourceCount + bead.targetCount);
    } else {
      const alone = bead.sourceCount > 0;
      const index = alone ? bead.sourceStart : bead.targetStart;
      const boundary = alone ? bead.targetStart : bead.sourceStart;
      const limit = alone ? columns : rows;
      let best = -Infinity;
      for (let other = Math.max(0, boundary - 2); other < Math.min(limit, boundary + 2); other += 1) {
        const evidence = alone ? scorer.evidence(index, 1, other, 1) : scorer.evidence(other, 1, index, 1);
        best = Math.max(best, evidence);
      }
      margin = best === -Infinity ? 10 : 2 * parameters.nullScore - best;
    }
    return Math.round(sigmoid(calibration.slope * margin + calibration.intercept) * 1000) / 1000;
  });
}
