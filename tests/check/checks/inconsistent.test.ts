import { describe, expect, it } from 'vitest';
import { checkInconsistent } from '../../../src/check/checks/inconsistent.js';
import { brief, handContext } from '../../helpers/check-context.js';

describe('checkInconsistent', () => {
  it('reports a repeated source sentence translated differently', () => {
    const context = handContext(
      ['Vi må gå nå.', 'Noe annet.', 'Vi må gå nå!'],
      ['We must go now.', 'Something else.', 'We have to leave.'],
      [[[0], [0]], [[1], [1]], [[2], [2]]],
    );
    const findings = checkInconsistent(context);
    expect(brief(findings)).toEqual([{ kind: 'inconsistent', subkind: undefined, severity: 'warning', source: [2], target: [2] }]);
    expect(findings[0]!.evidence).toEqual({ sourceText: 'Vi må gå nå!', targetText: 'We have to leave.', expected: 'We must go now.' });
  });

  it('accepts the same translation up to case and punctuation, and short sentences', () => {
    const context = handContext(['Vi må gå nå.', 'Ja takk.', 'Vi må gå nå.', 'Ja takk.'], ['We must go now.', 'Yes please.', 'we must go now!', 'Thank you.'], [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
    expect(checkInconsistent(context)).toEqual([]);
  });
});
