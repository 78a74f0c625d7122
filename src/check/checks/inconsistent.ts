import { sideText } from '../../alignment.js';
import type { Check } from '../types.js';
import type { Finding } from '../../types.js';

const normalise = (text: string) => text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

/** The same source sentence translated two different ways in one document. */
export const checkInconsistent: Check = ({ alignment }) => {
  // The targets are normalised only when their source comes again: most sentences occur once.
  const seen = new Map<string, { text: string; targetIndices: number[] }>();
  const findings: Omit<Finding, 'id'>[] = [];
  for (const bead of alignment.beads) {
    if (bead.source.length !== 1 || bead.target.length === 0) continue;
    const source = normalise(sideText(alignment, bead, 'source'));
    if (source.split(' ').length < 3) continue;
    const targetText = sideText(alignment, bead, 'target');
    const first = seen.get(source);
    if (first === undefined) {
      seen.set(source, { text: targetText, targetIndices: bead.target });
    } else if (normalise(first.text) !== normalise(targetText)) {
      findings.push({
        kind: 'inconsistent',
        severity: 'warning',
        source: bead.source,
        target: bead.target,
        message: `This source sentence occurs earlier (target ${first.targetIndices.map((index) => index + 1).join(', ')}) and was translated differently there.`,
        evidence: { sourceText: sideText(alignment, bead, 'source'), targetText, expected: first.text },
      });
    }
  }
  return findings;
};
