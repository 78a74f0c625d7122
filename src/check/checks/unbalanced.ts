import { jointBeads, sideText } from '../../alignment.js';
import type { Check } from '../types.js';
import type { Finding } from '../../types.js';

const PAIRS: [string, string, string][] = [
  ['«', '»', 'guillemets'],
  ['“', '”', 'quotation marks'],
  ['(', ')', 'brackets'],
  ['[', ']', 'square brackets'],
];

/** Names of the quote and bracket pairs that do not balance in `text`. */
function unbalanced(text: string): string[] {
  const found: string[] = [];
  for (const [open, close, name] of PAIRS) {
    if (text.split(open).length !== text.split(close).length) found.push(name);
  }
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) found.push('straight quotes');
  return found;
}

/** Quotes or brackets that balance in the source but not in the translation (or the other way round). */
export const checkUnbalanced: Check = ({ alignment }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  const beads = jointBeads(alignment);
  const targets = beads.map((bead) => unbalanced(sideText(alignment, bead, 'target')));
  beads.forEach((bead, index) => {
    const source = unbalanced(sideText(alignment, bead, 'source'));
    const target = targets[index]!;
    if (target.length > 0 && source.length === 0) {
      // A quotation that runs over several sentences opens in one and closes in another (English
      // reopens it at each paragraph): a neighbour unbalanced the same way closes it, so it is a note.
      const spans = target.every((name) => [index - 3, index - 2, index - 1, index + 1, index + 2, index + 3].some((other) => targets[other]?.includes(name) === true));
      findings.push({
        kind: 'unbalanced',
        subkind: 'target',
        severity: spans ? 'info' : 'warning',
        source: bead.source,
        target: bead.target,
        message: `The translation has unbalanced ${target.join(' and ')}; the source does not${spans ? ' (a quotation running over several sentences may explain it)' : ''}.`,
        evidence: { targetValue: target.join(', ') },
      });
    } else if (source.length > 0 && target.length === 0) {
      findings.push({
        kind: 'unbalanced',
        subkind: 'source',
        severity: 'info',
        source: bead.source,
        target: bead.target,
        message: `The source has unbalanced ${source.join(' and ')}; the translation does not.`,
        evidence: { sourceValue: source.join(', ') },
      });
    }
  });
  return findings;
};
