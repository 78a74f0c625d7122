import { describe, expect, it } from 'vitest';
import { countBits, pairMasks, sumBits } from '../../src/score/masks.js';
import type { PreparedSide } from '../../src/score/prepare.js';

/** Only the entry columns pairMasks reads: each sentence's (key, bit) entries sorted by key. */
function entries(sentences: [number, number][][]): PreparedSide {
  const flat = sentences.flat();
  const entryStart = [0];
  for (const sentence of sentences) entryStart.push(entryStart.at(-1)! + sentence.length);
  return {
    entryStart: Int32Array.from(entryStart),
    keys: Int32Array.from(flat, ([key]) => key),
    bits: Uint8Array.from(flat, ([, bit]) => bit),
  } as PreparedSide;
}

describe('pairMasks', () => {
  it('sets the bits of the tokens whose keys meet', () => {
    // Source sentence 1: key 2 (bit 0), key 4 (bits 1 and 2), key 9 (bit 3); target sentence 0: keys 4 (bit 1), 5, 9 (bit 0).
    const source = entries([[[1, 0]], [[2, 0], [4, 1], [4, 2], [9, 3]]]);
    const target = entries([[[4, 1], [5, 2], [9, 0]]]);
    const out = new Int32Array(2);
    pairMasks(source, 1, target, 0, out);
    expect([...out]).toEqual([0b1110, 0b011]);
    pairMasks(source, 0, target, 0, out);
    expect([...out]).toEqual([0, 0]);
  });

  it('handles empty sentences and bit 30', () => {
    const source = entries([[], [[3, 30]]]);
    const target = entries([[[3, 30]]]);
    const out = new Int32Array([7, 7]);
    pairMasks(source, 0, target, 0, out);
    expect([...out]).toEqual([0, 0]);
    pairMasks(source, 1, target, 0, out);
    expect([...out]).toEqual([1 << 30, 1 << 30]);
  });
});

describe('sumBits', () => {
  it('sums the gains of the set bits from an offset', () => {
    const gains = Float64Array.from([100, 1, 2, 4, 8]);
    expect(sumBits(0b1011, gains, 1)).toBe(1 + 2 + 8);
    expect(sumBits(0, gains, 0)).toBe(0);
  });
});

describe('countBits', () => {
  it('counts set bits of 32-bit masks', () => {
    expect(countBits(0)).toBe(0);
    expect(countBits(0b1011)).toBe(3);
    expect(countBits(0x7fffffff)).toBe(31);
    expect(countBits(-1)).toBe(32);
  });
});
