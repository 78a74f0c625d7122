import { describe, expect, it } from 'vitest';
import { checkAdditions, checkOmissions, classifySegment } from '../../../src/check/checks/unaligned.js';
import { linesToSentences } from '../../../src/alignment.js';
import { brief, handContext } from '../../helpers/check-context.js';

describe('checkOmissions', () => {
  it('reports source sentences of 1-0 beads: long ones as errors, short as warnings, credits as notes', () => {
    const source = ['Han kom hjem.', 'Regjeringen la i dag fram et nytt budsjett for neste år.', 'Foto: NTB', 'Takk.'];
    const context = handContext(source, ['Thanks.'], [[[0, 1, 2], []], [[3], [0]]], { sourceParagraphs: [0, 1, 2, 3] });
    const findings = checkOmissions(context);
    expect(brief(findings)).toEqual([
      { kind: 'omission', subkind: undefined, severity: 'warning', source: [0], target: [] },
      { kind: 'omission', subkind: undefined, severity: 'error', source: [1], target: [] },
      { kind: 'omission', subkind: 'photo-credit', severity: 'info', source: [2], target: [] },
    ]);
    expect(findings[0]!.evidence).toEqual({ sourceText: 'Han kom hjem.', score: 1 });
  });

  it('reports nothing when every sentence is aligned', () => {
    expect(checkOmissions(handContext(['Ja.', 'Nei.'], ['Yes.'], [[[0, 1], [0]]]))).toEqual([]);
  });
});

describe('checkAdditions', () => {
  it('reports target sentences of 0-1 beads, telling boilerplate and captions apart', () => {
    const target = ['Yes.', 'View more', 'HARD BATTLES: Soldiers at the front line.', 'The minister also spoke about the budget.'];
    const context = handContext(['Ja.'], target, [[[0], [0]], [[], [1, 2, 3]]], { targetParagraphs: [0, 1, 2, 3] });
    expect(brief(checkAdditions(context))).toEqual([
      { kind: 'addition', subkind: 'boilerplate', severity: 'info', source: [], target: [1] },
      { kind: 'addition', subkind: 'caption', severity: 'info', source: [], target: [2] },
      { kind: 'addition', subkind: undefined, severity: 'warning', source: [], target: [3] },
    ]);
  });

  it('reports nothing for 1-1 beads', () => {
    expect(checkAdditions(handContext(['Ja.'], ['Yes.'], [[[0], [0]]]))).toEqual([]);
  });
});

describe('classifySegment', () => {
  it('recognises a heading alone in its paragraph and a caption beside a credit', () => {
    const sentences = linesToSentences(['Valget i høst', 'Statsministeren smiler.', 'Foto: NTB', 'Dette er en vanlig setning.']).map((sentence, index) => ({
      ...sentence,
      paragraph: [0, 1, 1, 2][index]!,
    }));
    expect(sentences.map((_, index) => classifySegment(sentences, index))).toEqual(['heading', 'caption', 'photo-credit', undefined]);
  });
});
