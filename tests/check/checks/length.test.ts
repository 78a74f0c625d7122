import { describe, expect, it } from 'vitest';
import { checkLength } from '../../../src/check/checks/length.js';
import { brief, handContext } from '../../helpers/check-context.js';

const text = (length: number) => `${'a'.repeat(length - 1)}.`;

describe('checkLength', () => {
  it('reports a bead far shorter than the document ratio predicts', () => {
    const context = handContext([text(40), text(40), text(100)], [text(40), text(40), text(20)], [[[0], [0]], [[1], [1]], [[2], [2]]]);
    const findings = checkLength(context);
    expect(brief(findings)).toEqual([{ kind: 'length', subkind: 'short', severity: 'warning', source: [2], target: [2] }]);
    expect(findings[0]!.evidence).toEqual({ sourceValue: 100, targetValue: 20, score: 0.27, expected: 'about 100 characters' });
  });

  it('reports a much longer bead', () => {
    const context = handContext([text(40), text(40), text(20)], [text(40), text(40), text(100)], [[[0], [0]], [[1], [1]], [[2], [2]]]);
    expect(brief(checkLength(context))).toEqual([{ kind: 'length', subkind: 'long', severity: 'warning', source: [2], target: [2] }]);
  });

  it('accepts moderate ratios and small absolute differences', () => {
    // 60 against 100 is within a factor 1.6; 5 against 20 differs by fewer than 30 characters.
    const context = handContext([text(40), text(100), text(20)], [text(40), text(60), text(5)], [[[0], [0]], [[1], [1]], [[2], [2]]]);
    expect(checkLength(context)).toEqual([]);
    expect(checkLength(handContext([], [], []))).toEqual([]);
  });
});
