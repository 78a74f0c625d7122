import { jointBeads } from '../../alignment.js';
import type { Check } from '../types.js';

/**
 * Beads the aligner doubts: a score under 0.5 (warning under 0.3). Their pairing should be read
 * before trusting any other finding on them.
 */
export const checkLowConfidence: Check = ({ alignment }) =>
  jointBeads(alignment)
    .filter((bead) => bead.score < 0.5)
    .map((bead) => ({
      kind: 'low-confidence' as const,
      severity: bead.score < 0.3 ? ('warning' as const) : ('info' as const),
      source: bead.source,
      target: bead.target,
      message: `The aligner is unsure that these sentences translate each other (confidence ${bead.score.toFixed(2)}).`,
      evidence: { score: bead.score },
    }));
