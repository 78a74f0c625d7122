import type { Check } from '../types.js';
import type { Finding } from '../../types.js';

/** Double spaces inside a translated sentence (a typing slip; the source's own are not reported). */
export const checkSpacing: Check = ({ alignment }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  alignment.target.forEach((sentence, index) => {
    const match = /(?<=\S)( {2,})(?=\S)/.exec(sentence.text);
    if (match === null) return;
    findings.push({
      kind: 'spacing',
      subkind: 'double-space',
      severity: 'info',
      source: alignment.beads.find((bead) => bead.target.includes(index))?.source ?? [],
      target: [index],
      message: `Target sentence ${index + 1} has a double space.`,
      evidence: { targetSpan: { sentence: index, start: match.index, end: match.index + match[1]!.length } },
    });
  });
  return findings;
};
