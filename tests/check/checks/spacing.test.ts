import { describe, expect, it } from 'vitest';
import { checkSpacing } from '../../../src/check/checks/spacing.js';
import { brief, handContext } from '../../helpers/check-context.js';

describe('checkSpacing', () => {
  it('reports a double space inside a target sentence, with its span and bead source', () => {
    const context = handContext(['En  to.', 'Tre.'], ['One two.', 'Three  four.'], [[[0], [0]], [[1], [1]]]);
    const findings = checkSpacing(context);
    expect(brief(findings)).toEqual([{ kind: 'spacing', subkind: 'double-space', severity: 'info', source: [1], target: [1] }]);
    expect(findings[0]!.evidence).toEqual({ targetSpan: { sentence: 1, start: 5, end: 7 } });
  });

  it('ignores leading and trailing spaces and the source', () => {
    const context = handContext(['En  to.'], ['  One two.  '], [[[0], [0]]]);
    expect(checkSpacing(context)).toEqual([]);
  });
});
