import { describe, expect, it } from 'vitest';
import { checkPunctuation } from '../../../src/check/checks/punctuation.js';
import { brief, handContext } from '../../helpers/check-context.js';

describe('checkPunctuation', () => {
  it('reports a question or exclamation mark on one side only', () => {
    const context = handContext(['Kommer du?', 'Stopp!', 'Ja.'], ['You are coming.', 'Stop.', 'Yes!'], [[[0], [0]], [[1], [1]], [[2], [2]]]);
    const findings = checkPunctuation(context);
    expect(brief(findings)).toEqual([
      { kind: 'punctuation', subkind: 'question', severity: 'warning', source: [0], target: [0] },
      { kind: 'punctuation', subkind: 'exclamation', severity: 'info', source: [1], target: [1] },
      { kind: 'punctuation', subkind: 'exclamation', severity: 'info', source: [2], target: [2] },
    ]);
    expect(findings[0]!.evidence).toEqual({ sourceValue: '?' });
    expect(findings[2]!.evidence).toEqual({ targetValue: '!' });
  });

  it('reports nothing when both sides carry the mark, or for unaligned sentences', () => {
    const context = handContext(['Kommer du?', 'Hvorfor?'], ['Are you coming?'], [[[0], [0]], [[1], []]]);
    expect(checkPunctuation(context)).toEqual([]);
  });
});
