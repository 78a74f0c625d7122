import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/documents/candidates.js';
import type { Fingerprint } from '../../src/documents/fingerprint.js';

/** A fingerprint with the given keys (and counts); the rest does not matter here. */
const print = (id: string, keys: Record<string, number> | string[]): Fingerprint => ({
  id,
  keys: new Map(Array.isArray(keys) ? keys.map((key) => [key, 1]) : Object.entries(keys)),
  numbers: [],
  chars: 100,
  sentences: [],
  lang: 'nb',
  date: undefined,
});

describe('findCandidates', () => {
  const sources = [print('krig.nb', ['#1994', 'n:pashinian', 'c:krige']), print('valg.nb', ['#2021', 'n:støre', 'c:valge']), print('tom.nb', [])];
  const targets = [print('election.en', ['#2021', 'n:støre', 'c:elect']), print('war.en', ['#1994', 'n:pashinian', 'c:krige']), print('rain.en', ['c:rainy'])];

  it('proposes for each source the targets that share its rare keys, best first', () => {
    const candidates = findCandidates(sources, targets, 2);
    expect(candidates.map(({ source, target }) => [source, target])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    // The same keys on both sides: a cosine of 1.
    expect(candidates[0]!.similarity).toBeCloseTo(1, 12);
    expect(candidates[1]!.similarity).toBeGreaterThan(0.3);
    expect(candidates[1]!.similarity).toBeLessThan(1);
  });

  it('proposes nothing for a source that shares no key with any target', () => {
    expect(findCandidates([sources[2]!], targets, 3)).toEqual([]);
    expect(findCandidates([print('x', ['c:other'])], targets, 3)).toEqual([]);
    expect(findCandidates(sources, [], 3)).toEqual([]);
  });

  it('keeps only the perSource best targets, ordered by similarity', () => {
    const source = print('s', ['a', 'b', 'c', 'd']);
    const many = [print('one', ['a']), print('three', ['a', 'b', 'c']), print('two', ['a', 'b']), print('four', ['a', 'b', 'c', 'd'])];
    const best = findCandidates([source], many, 2);
    expect(best.map((candidate) => candidate.target)).toEqual([3, 1]);
    expect(best[0]!.similarity).toBeGreaterThan(best[1]!.similarity);
    expect(findCandidates([source], many, 10).map((candidate) => candidate.target)).toEqual([3, 1, 2, 0]);
  });

  it('weighs a key by its rarity: a key many documents share counts for less', () => {
    // Source shares a common key with t0 and a rare one with t1.
    const common = Array.from({ length: 6 }, (_, index) => print(`filler-${index}`, ['common']));
    const candidates = findCandidates([print('s', ['common', 'rare'])], [print('t0', ['common', 'x']), print('t1', ['rare', 'y']), ...common], 1);
    expect(candidates.map((candidate) => candidate.target)).toEqual([1]);
  });

  it('weighs repeated keys by the log of their count', () => {
    const candidates = findCandidates([print('s', { a: 5, b: 1 })], [print('t0', { a: 1 }), print('t1', { b: 1 })], 2);
    expect(candidates.map((candidate) => candidate.target)).toEqual([0, 1]);
  });

  it('does not look up keys found in too many documents', () => {
    // 60 targets share "everywhere": more than max(50, 5 % of 61 documents).
    const crowd = Array.from({ length: 60 }, (_, index) => print(`t${index}`, ['everywhere', `own-${index}`]));
    expect(findCandidates([print('s', ['everywhere'])], crowd, 5)).toEqual([]);
    expect(findCandidates([print('s', ['everywhere', 'own-42'])], crowd, 5).map((candidate) => candidate.target)).toEqual([42]);
    // A larger maxShare lets the key through.
    expect(findCandidates([print('s', ['everywhere'])], crowd, 5, 1)).toHaveLength(5);
  });

  it('gives every similarity in [0, 1] and never proposes a target twice for a source', () => {
    const many = Array.from({ length: 30 }, (_, index) => print(`t${index}`, [`k${index % 7}`, `k${index % 5}`, `k${index % 3}`]));
    const candidates = findCandidates([print('s', ['k1', 'k2', 'k3']), print('r', ['k0', 'k4'])], many, 8);
    for (const candidate of candidates) {
      expect(candidate.similarity).toBeGreaterThan(0);
      expect(candidate.similarity).toBeLessThanOrEqual(1 + 1e-12);
    }
    for (const source of [0, 1]) {
      const chosen = candidates.filter((candidate) => candidate.source === source).map((candidate) => candidate.target);
      expect(new Set(chosen).size).toBe(chosen.length);
      expect(chosen.length).toBe(8);
    }
  });
});
