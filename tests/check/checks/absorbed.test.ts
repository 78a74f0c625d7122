import { describe, expect, it } from 'vitest';
import { checkAbsorbedAdditions, checkAbsorbedOmissions } from '../../../src/check/checks/absorbed.js';
import { brief, handContext } from '../../helpers/check-context.js';

const norwegian = ['Parlamentet i Aserbajdsjan vedtok 125 lover.', 'Fotballklubben Rosenborg vant 3 kamper.'];
const english = ['The parliament of Azerbaijan passed 125 laws.', 'The football club Rosenborg won 3 matches.'];

describe('checkAbsorbedOmissions', () => {
  it('reports a merged source sentence that matches nothing while its mate matches', () => {
    const context = handContext(norwegian, english, [[[0, 1], [0]], [[], [1]]]);
    const findings = checkAbsorbedOmissions(context);
    expect(brief(findings)).toEqual([{ kind: 'omission', subkind: 'merged', severity: 'warning', source: [1], target: [0] }]);
    expect(findings[0]!.evidence).toEqual({ sourceText: norwegian[1], score: 1 });
  });

  it('reports nothing when every merged sentence matches', () => {
    expect(checkAbsorbedOmissions(handContext(norwegian, english, [[[0, 1], [0, 1]]]))).toEqual([]);
  });
});

describe('checkAbsorbedAdditions', () => {
  it('reports a merged target sentence that matches nothing while its mate matches', () => {
    const context = handContext(norwegian, english, [[[0], [0, 1]], [[1], []]]);
    expect(brief(checkAbsorbedAdditions(context))).toEqual([{ kind: 'addition', subkind: 'merged', severity: 'warning', source: [0], target: [1] }]);
  });

  it('reports nothing for beads of one sentence a side', () => {
    expect(checkAbsorbedAdditions(handContext(norwegian, english, [[[0], [0]], [[1], [1]]]))).toEqual([]);
  });
});
