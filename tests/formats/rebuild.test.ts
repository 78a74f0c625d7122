import { describe, expect, it } from 'vitest';
import { rebuildAlignment, UNKNOWN_MODEL } from '../../src/formats/rebuild.js';

describe('rebuildAlignment', () => {
  const alignment = rebuildAlignment('nb', 'en', [
    { source: ['Hei.'], target: ['Hello.'], score: 0.9 },
    { source: ['To.', 'Tre.'], target: ['Two, three.'], score: 0.75 },
    { source: ['Foto: NTB'], target: [], score: 0.5 },
    { source: [], target: ['Read more'], score: 1 },
  ]);

  it('numbers the sentences of each side in order and points the beads at them', () => {
    expect(alignment.beads).toEqual([
      { source: [0], target: [0], score: 0.9 },
      { source: [1, 2], target: [1], score: 0.75 },
      { source: [3], target: [], score: 0.5 },
      { source: [], target: [2], score: 1 },
    ]);
    expect(alignment.sourceLang).toBe('nb');
    expect(alignment.targetLang).toBe('en');
  });

  it('gives the sentences offsets as if each side were its sentences one per line', () => {
    expect(alignment.source).toEqual([
      { start: 0, end: 4, text: 'Hei.', paragraph: 0 },
      { start: 5, end: 8, text: 'To.', paragraph: 0 },
      { start: 9, end: 13, text: 'Tre.', paragraph: 0 },
      { start: 14, end: 23, text: 'Foto: NTB', paragraph: 0 },
    ]);
    const targetText = 'Hello.\nTwo, three.\nRead more';
    for (const sentence of alignment.target) expect(targetText.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('records no model, in a copy of its own', () => {
    expect(alignment.model).toEqual({ lengthRatio: 1, lengthVariance: 0, lexiconSize: 0, passes: 0, cells: 0, evidence: 0 });
    expect(alignment.model).not.toBe(UNKNOWN_MODEL);
    expect(Object.isFrozen(UNKNOWN_MODEL)).toBe(true);
  });

  it('builds an empty alignment from no beads', () => {
    expect(rebuildAlignment('nb', 'en', [])).toMatchObject({ source: [], target: [], beads: [] });
  });
});
