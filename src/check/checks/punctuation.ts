import { jointBeads, sideText } from '../../alignment.js';
import type { Check } from '../types.js';
import type { Finding } from '../../types.js';

/** A question mark or an exclamation mark on one side of a bead only. */
export const checkPunctuation: Check = ({ alignment }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  for (const bead of jointBeads(alignment)) {
    const source = sideText(alignment, bead, 'source');
    const target = sideText(alignment, bead, 'target');
    for (const [mark, name, severity] of [['?', 'question mark', 'warning'], ['!', 'exclamation mark', 'info']] as const) {
      const inSource = source.includes(mark) || (mark === '?' && source.includes('¿'));
      const inTarget = target.includes(mark);
      if (inSource === inTarget) continue;
      findings.push({
        kind: 'punctuation',
        subkind: mark === '?' ? 'question' : 'exclamation',
        severity,
        source: bead.source,
        target: bead.target,
        message: inSource ? `The source has a ${name} that the translation does not.` : `The translation has a ${name} that the source does not.`,
        evidence: { [inSource ? 'sourceValue' : 'targetValue']: mark },
      });
    }
  }
  return findings;
};
