import { describe, expect, it } from 'vitest';
import { checkLowConfidence } from '../../../src/check/checks/low-confidence.js';
import { brief, handContext } from '../../helpers/check-context.js';

describe('checkLowConfidence', () => {
  it('reports joint beads under 0.5, as warnings under 0.3', () => {
    const context = handContext(['En.', 'To.', 'Tre.', 'Fire.'], ['One.', 'Two.', 'Three.'], [[[0], [0], 0.2], [[1], [1], 0.4], [[2], [2], 0.5], [[3], [], 0.1]]);
    const findings = checkLowConfidence(context);
    expect(brief(findings)).toEqual([
      { kind: 'low-confidence', subkind: undefined, severity: 'warning', source: [0], target: [0] },
      { kind: 'low-confidence', subkind: undefined, severity: 'info', source: [1], target: [1] },
    ]);
    expect(findings[0]!.evidence).toEqual({ score: 0.2 });
    expect(findings[0]!.message).toContain('0.20');
  });

  it('reports nothing for confident beads', () => {
    expect(checkLowConfidence(handContext(['En.'], ['One.'], [[[0], [0], 0.9]]))).toEqual([]);
  });
});
