import { describe, expect, it } from 'vitest';
import { checkNumbers } from '../../../src/check/checks/numbers.js';
import { brief, handContext } from '../../helpers/check-context.js';

describe('checkNumbers', () => {
  it('reports the only number left on each side as a proven change, with spans', () => {
    const findings = checkNumbers(handContext(['Det kom 300 mennesker.'], ['About 350 people came.'], [[[0], [0]]]));
    expect(brief(findings)).toEqual([{ kind: 'number', subkind: 'different', severity: 'error', source: [0], target: [0] }]);
    expect(findings[0]!.evidence).toMatchObject({
      sourceValue: 300,
      targetValue: 350,
      sourceSpan: { sentence: 0, start: 8, end: 11 },
      targetSpan: { sentence: 0, start: 6, end: 9 },
    });
  });

  it('reports a missing number as a warning and an added one as a note', () => {
    const missing = checkNumbers(handContext(['Det kom 300 mennesker og 12 hunder.'], ['About 300 people and dogs came.'], [[[0], [0]]]));
    expect(brief(missing)).toEqual([{ kind: 'number', subkind: 'missing', severity: 'warning', source: [0], target: [0] }]);
    expect(missing[0]!.evidence.sourceValue).toBe(12);
    const added = checkNumbers(handContext(['Det kom folk.'], ['About 300 people came.'], [[[0], [0]]]));
    expect(brief(added)).toEqual([{ kind: 'number', subkind: 'added', severity: 'info', source: [0], target: [0] }]);
  });

  it('accepts the same values written in each locale', () => {
    const context = handContext(['Det kostet 30.000 kroner, 2,5 prosent mer, i 2019.'], ['It cost 30,000 kroner, 2.5 per cent more, in 2019.'], [[[0], [0]]]);
    expect(checkNumbers(context)).toEqual([]);
  });

  it('notes a speed written with its distance unit only, when the distances convert, and still reports one that does not', () => {
    const loose = checkNumbers(handContext(['Vindstyrken er på 137 km.'], ['Winds are at 85 miles per hour.'], [[[0], [0]]]));
    expect(brief(loose)).toEqual([{ kind: 'number', subkind: 'unit', severity: 'info', source: [0], target: [0] }]);
    const wrong = checkNumbers(handContext(['Vindstyrken er på 200 km.'], ['Winds are at 85 miles per hour.'], [[[0], [0]]]));
    expect(brief(wrong).map((finding) => finding.severity)).toEqual(['error']);
  });
});

