import { describe, expect, it } from 'vitest';
import { linesToSentences } from '../../src/alignment.js';
import { formatRevisionText } from '../../src/formats/revision-text.js';
import type { RevisionReport } from '../../src/types.js';

/** Old source: three sentences; new source: the first edited (30 → 36), the second deleted, one added. */
const report: RevisionReport = {
  oldSource: linesToSentences(['Krigen krevde 30 liv.', 'Det var kaldt.', 'Han dro.']),
  changes: [
    {
      type: 'edited',
      old: 0,
      new: 0,
      words: [
        { type: 'same', text: 'Krigen krevde ' },
        { type: 'removed', text: '30' },
        { type: 'added', text: '36' },
        { type: 'same', text: ' liv.' },
      ],
      details: ['30 → 36'],
    },
    { type: 'deleted', old: 1 },
    { type: 'unchanged', old: 2, new: 1 },
    { type: 'inserted', new: 2 },
  ],
  targets: [
    { target: 0, status: 'stale', oldSource: [0], newSource: [0], reason: '30 → 36' },
    { target: 1, status: 'orphaned', oldSource: [1], newSource: [] },
    { target: 2, status: 'valid', oldSource: [2], newSource: [1] },
  ],
  untranslated: [2],
  alignment: {
    sourceLang: 'nb',
    targetLang: 'en',
    source: linesToSentences(['Krigen krevde 36 liv.', 'Han dro.', 'En ny setning.']),
    target: linesToSentences(['The war claimed 30 lives.', 'It was cold.', 'He left.']),
    beads: [
      { source: [0], target: [0], score: 1 },
      { source: [], target: [1], score: 1 },
      { source: [1], target: [2], score: 1 },
      { source: [2], target: [], score: 1 },
    ],
    model: { lengthRatio: 1, lengthVariance: 0, lexiconSize: 0, passes: 1, cells: 0, evidence: 0 },
  },
  summary: { valid: 1, stale: 1, orphaned: 1, untranslated: 1, rewritten: false, mismatch: false, message: 'Two translations need work.' },
};

describe('formatRevisionText', () => {
  it('lists the stale and orphaned translations with the source change inline, then the untranslated sentences', () => {
    expect(formatRevisionText(report)).toBe(
      'Two translations need work.\n' +
        '\n' +
        'STALE  target 1: The war claimed 30 lives.\n' +
        '  because 30 → 36\n' +
        '  source: Krigen krevde [-30-]{+36+} liv.\n' +
        '\n' +
        'ORPHANED  target 2: It was cold.\n' +
        '  source (old): Det var kaldt.\n' +
        '\n' +
        'UNTRANSLATED  new source 3: En ny setning.\n',
    );
  });

  it('writes only the summary when nothing needs work', () => {
    const clean: RevisionReport = {
      ...report,
      targets: report.targets.map((status) => ({ ...status, status: 'valid' as const })),
      untranslated: [],
      summary: { ...report.summary, message: 'Nothing needs re-translation.' },
    };
    expect(formatRevisionText(clean)).toBe('Nothing needs re-translation.\n\n');
  });
});
