import { describe, expect, it } from 'vitest';
import { beadTexts, findingsByBead, jointBeads, linesToSentences, quote, sideText } from '../src/alignment.js';
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

  it('indexes findings by bead once, in their order, a finding on two beads in both and once per bead', () => {
    const three: Alignment = { ...alignment, source: linesToSentences(['a', 'b', 'c']), beads: [...alignment.beads, { source: [2], target: [], score: 0.5 }] };
    const findings = [
      { id: 'f1', source: [2], target: [] },
      { id: 'f2', source: [0, 1], target: [1] },
      { id: 'f3', source: [1], target: [2] },
      { id: 'f4', source: [9], target: [] },
      { id: 'f5', source: [], target: [0] },
    ];
    expect(findingsByBead(three, findings).map((list) => list.map((finding) => finding.id))).toEqual([['f2', 'f3', 'f5'], ['f3'], ['f1']]);
    expect(findingsByBead(three, [])).toEqual([[], [], []]);
  });

  it('indexes 200,000 findings over 100,000 beads in linear time', () => {
    const size = 100_000;
    const lines = Array.from({ length: size }, (_, index) => `s${index}`);
    const large: Alignment = { ...alignment, source: linesToSentences(lines), target: linesToSentences(lines), beads: lines.map((_, index) => ({ source: [index], target: [index], score: 1 })) };
    const findings = Array.from({ length: 2 * size }, (_, index) => ({ source: [index % size], target: [(index * 7) % size] }));
    const started = performance.now();
    const byBead = findingsByBead(large, findings);
    // A guard against quadratic work, not a speed figure: 10^5 × 2·10^5 steps would take minutes,
    // the linear index a fraction of a second even on a loaded machine.
    expect(performance.now() - started).toBeLessThan(20_000);
    // One entry per bead a finding names: two, or one when both its sentences are in the same bead.
    expect(byBead.reduce((sum, list) => sum + list.length, 0)).toBe(findings.reduce((sum, finding) => sum + (finding.source[0] === finding.target[0] ? 1 : 2), 0));
  });
});
