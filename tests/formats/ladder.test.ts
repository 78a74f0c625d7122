import { describe, expect, it } from 'vitest';
import { formatLadder, parseLadder } from '../../src/formats/ladder.js';

const beads = [
  { source: [0], target: [0], score: 0.9 },
  { source: [1, 2], target: [1], score: 0.75 },
  { source: [3], target: [], score: 0.5 },
  { source: [], target: [2], score: 1 },
];

describe('formatLadder', () => {
  it('writes a rung at the start of each bead and a closing rung', () => {
    expect(formatLadder(beads)).toBe('0\t0\t0.9\n1\t1\t0.75\n3\t2\t0.5\n4\t2\t1\n4\t3\t1\n');
  });

  it('writes only the closing rung for no beads', () => {
    expect(formatLadder([])).toBe('0\t0\t1\n');
  });
});

describe('parseLadder', () => {
  it('reads back what formatLadder writes', () => {
    expect(parseLadder(formatLadder(beads))).toEqual(beads);
  });

  it('accepts spaces, CRLF, blank lines and a missing score (1)', () => {
    expect(parseLadder('0 0\r\n\r\n1  2 0.25\r\n2 2\r\n')).toEqual([
      { source: [0], target: [0, 1], score: 1 },
      { source: [1], target: [], score: 0.25 },
    ]);
  });

  it('skips a repeated rung, which makes no bead', () => {
    expect(parseLadder('0\t0\t0.3\n0\t0\t0.8\n1\t1\t1\n')).toEqual([{ source: [0], target: [0], score: 0.8 }]);
  });

  it('gives no beads for an empty ladder or a single rung', () => {
    expect(parseLadder('')).toEqual([]);
    expect(parseLadder('5\t5\t1\n')).toEqual([]);
  });

  it('refuses a rung that is not two integers with E_INPUT and its line', () => {
    expect(() => parseLadder('0\t0\t1\n1\t1.5\t1\n')).toThrow(expect.objectContaining({ name: 'BitekstError', code: 'E_INPUT', line: 2, column: 1 }));
    expect(() => parseLadder('\n\n[0]:[0]\n')).toThrow(expect.objectContaining({ code: 'E_INPUT', line: 3 }));
  });

  it('refuses a negative rung with E_INPUT and its line', () => {
    expect(() => parseLadder('-1\t0\t1\n1\t1\t1\n')).toThrow(expect.objectContaining({ name: 'BitekstError', code: 'E_INPUT', line: 1 }));
    expect(() => parseLadder('0\t0\t1\n\n0\t-2\t1\n')).toThrow(expect.objectContaining({ code: 'E_INPUT', line: 3 }));
  });

  it('refuses a score that is given but is not a number', () => {
    expect(() => parseLadder('0\t0\thigh\n1\t1\t1\n')).toThrow(expect.objectContaining({ code: 'E_INPUT', line: 1 }));
  });

  it('refuses what is not a string with E_INPUT', () => {
    expect(() => parseLadder(null as unknown as string)).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
  });

  it('refuses a rung that goes back on the target side', () => {
    expect(() => parseLadder('0\t0\t1\n1\t2\t1\n2\t1\t1\n')).toThrow(expect.objectContaining({ code: 'E_INPUT', line: 3 }));
  });
});
