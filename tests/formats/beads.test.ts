import { describe, expect, it } from 'vitest';
import { formatBeads, parseBeads } from '../../src/index.js';

describe('formatBeads and parseBeads', () => {
  it('write and read the vecalign format, empty sides included', () => {
    const beads = [
      { source: [0], target: [0, 1], score: 0.912 },
      { source: [1], target: [], score: 0.5 },
      { source: [], target: [2], score: 1 },
    ];
    const text = formatBeads(beads);
    expect(text).toBe('[0]:[0,1]:0.912\n[1]:[]:0.500\n[]:[2]:1.000\n');
    expect(parseBeads(text)).toEqual(beads);
  });

  it('reads gold files without scores and with spaces', () => {
    expect(parseBeads('[0, 1]:[2]\n\n[]:[3]\n')).toEqual([
      { source: [0, 1], target: [2], score: 1 },
      { source: [], target: [3], score: 1 },
    ]);
  });

  it('refuses a malformed line with E_INPUT and its line number', () => {
    expect(() => parseBeads('[0]:[0]\n0-0\n')).toThrow(expect.objectContaining({ code: 'E_INPUT', line: 2 }));
  });

  it('refuses a score that is no number, and what is not a string, with E_INPUT', () => {
    for (const score of ['1e', '--1', '.', '1-2']) expect(() => parseBeads(`[0]:[0]:${score}\n`), score).toThrow(expect.objectContaining({ code: 'E_INPUT', line: 1 }));
    expect(() => parseBeads(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
  });
});
