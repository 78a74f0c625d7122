import { describe, expect, it } from 'vitest';
import { beadTexts, jointBeads, linesToSentences, quote, sideText } from '../src/alignment.js';
import type { Alignment } from '../src/types.js';

const alignment: Alignment = {
  sourceLang: 'nb',
  targetLang: 'en',
  source: linesToSentences(['Hei.', 'Ha det.']),
  target: linesToSentences(['Hello.', 'Goodbye.', 'A caption']),
  beads: [
    { source: [0, 1], target: [0, 1], score: 0.9 },
    { source: [], target: [2], score: 0.8 },
  ],
  model: { lengthRatio: 1, lengthVariance: 0, lexiconSize: 0, passes: 0, cells: 0, evidence: 0 },
};

describe('alignment accessors', () => {
  it('numbers pre-segmented lines as sentences with offsets of the joined lines', () => {
    expect(alignment.target.map(({ start, end }) => [start, end])).toEqual([[0, 6], [7, 15], [16, 25]]);
  });

  it('reads a bead side as texts and as one text', () => {
    expect(beadTexts(alignment, alignment.beads[0]!, 'source')).toEqual(['Hei.', 'Ha det.']);
    expect(sideText(alignment, alignment.beads[0]!, 'target')).toBe('Hello. Goodbye.');
  });

  it('keeps only beads with both sides', () => {
    expect(jointBeads(alignment)).toEqual([alignment.beads[0]]);
  });

  it('quotes at most 60 characters, whitespace folded', () => {
    expect(quote('  a\n b ')).toBe('“a b”');
    expect([...quote('x'.repeat(100))].length).toBe(60);
  });
});
