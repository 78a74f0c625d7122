import type { PreparedSide } from './prepare.js';

/**
 * Which tokens of source sentence `s` and target sentence `t` meet (share a key), as bit masks
 * over each sentence's tokens: a merge join of the two sorted key lists, linear in their length.
 * Writes the source mask to `out[0]` and the target mask to `out[1]`.
 */
export function pairMasks(source: PreparedSide, s: number, target: PreparedSide, t: number, out: Int32Array): void {
  const a = source.keys;
  const b = target.keys;
  const aBits = source.bits;
  const bBits = target.bits;
  const aEnd = source.entryStart[s + 1]!;
  const bEnd = target.entryStart[t + 1]!;
  let maskS = 0;
  let maskT = 0;
  let i = source.entryStart[s]!;
  let j = target.entryStart[t]!;
  while (i < aEnd && j < bEnd) {
    const left = a[i]!;
    const right = b[j]!;
    if (left < right) i += 1;
    else if (left > right) j += 1;
    else {
      while (i < aEnd && a[i] === left) maskS |= 1 << aBits[i++]!;
      while (j < bEnd && b[j] === left) maskT |= 1 << bBits[j++]!;
    }
  }
  out[0] = maskS;
  out[1] = maskT;
}

/** Sum of `gains[offset + bit]` over the set bits of `mask`. */
export function sumBits(mask: number, gains: Float64Array, offset: number): number {
  let sum = 0;
  let rest = mask;
  while (rest !== 0) {
    const lowest = rest & -rest;
    sum += gains[offset + 31 - Math.clz32(lowest)]!;
    rest ^= lowest;
  }
  return sum;
}

/** Number of set bits of a 32-bit mask. */
export function countBits(mask: number): number {
  let value = mask - ((mask >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
