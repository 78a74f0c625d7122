import { describe, expect, it } from 'vitest';
import { partitionPairs } from '../../src/cli/pair-pool.js';
import type { Fingerprint } from '../../src/documents/fingerprint.js';

const print = (id: string): Fingerprint => ({ id, keys: new Map(), numbers: [], chars: 10, sentences: ['x'], lang: 'nb', date: undefined });

describe('partitionPairs', () => {
  it('puts every pair in one share, each share in the pairs order', () => {
    const sources = Array.from({ length: 40 }, (_, index) => print(`s${index}`));
    const targets = Array.from({ length: 40 }, (_, index) => print(`t${index}`));
    const pairs = sources.flatMap((source, index) => [0, 7, 13].map((step) => [source, targets[(index + step) % 40]!] as const));
    const shares = partitionPairs(pairs, 2);
    expect(shares).toHaveLength(2);
    expect(shares.flat().sort((a, b) => a - b)).toEqual(pairs.map((_, index) => index));
    for (const share of shares) expect(share).toEqual([...share].sort((a, b) => a - b));
    // Balanced within a fifth of the work.
    expect(Math.abs(shares[0]!.length - shares[1]!.length)).toBeLessThanOrEqual(pairs.length / 5);
  });

  it('keeps a source with its pairs and sends pairs sharing targets to one share', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(print) as [Fingerprint, Fingerprint, Fingerprint, Fingerprint];
    const [x, y] = ['x', 'y'].map(print) as [Fingerprint, Fingerprint];
    // a and b both point at x; c and d at y.
    const pairs = [[a, x], [c, y], [b, x], [d, y]] as const;
    const shares = partitionPairs(pairs, 2);
    const shareOf = (index: number) => shares.findIndex((share) => share.includes(index));
    expect(shareOf(0)).toBe(shareOf(2));
    expect(shareOf(1)).toBe(shareOf(3));
    expect(shareOf(0)).not.toBe(shareOf(1));
  });

  it('gives one share everything when there is one worker', () => {
    const pairs = [[print('a'), print('x')]] as const;
    expect(partitionPairs(pairs, 1)).toEqual([[0]]);
  });
});
