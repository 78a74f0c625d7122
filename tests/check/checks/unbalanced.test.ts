import { describe, expect, it } from 'vitest';
import { checkUnbalanced } from '../../../src/check/checks/unbalanced.js';
import { brief, handContext } from '../../helpers/check-context.js';

describe('checkUnbalanced', () => {
  it('reports quotes unbalanced on one side only', () => {
    const context = handContext(['Han sa «ja».', 'Hun sa (nei.'], ['He said «yes.', 'She said no.'], [[[0], [0]], [[1], [1]]]);
    const findings = checkUnbalanced(context);
    expect(brief(findings)).toEqual([
      { kind: 'unbalanced', subkind: 'target', severity: 'warning', source: [0], target: [0] },
      { kind: 'unbalanced', subkind: 'source', severity: 'info', source: [1], target: [1] },
    ]);
    expect(findings[0]!.evidence).toEqual({ targetValue: 'guillemets' });
    expect(findings[1]!.evidence).toEqual({ sourceValue: 'brackets' });
  });

  it('makes a quotation running over neighbouring beads a note', () => {
    const context = handContext(['Ja, sa han.', 'Nei, sa hun.'], ['“Yes, he said.', 'No,” she said.'], [[[0], [0]], [[1], [1]]]);
    expect(brief(checkUnbalanced(context)).map((finding) => finding.severity)).toEqual(['info', 'info']);
  });

  it('reports nothing when both sides balance, or both do not', () => {
    const context = handContext(['Han sa "ja".', 'Hun sa (nei.'], ['He said "yes".', 'She said (no.'], [[[0], [0]], [[1], [1]]]);
    expect(checkUnbalanced(context)).toEqual([]);
  });
});
