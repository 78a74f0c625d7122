import { describe, expect, it } from 'vitest';
import { alignSentences, type Alignment } from '../../src/index.js';
import { toySentences } from '../helpers/toy-bitext.js';
import { expectWellFormed } from '../helpers/well-formed.js';

/** `count` numbered toy sentence pairs (Norwegian, English). */
const numbered = (count: number, seed: number, from = 1000) => toySentences(count, seed).map(([nb, en], k) => [`${nb.slice(0, -1)} i ${from + k}.`, `${en.slice(0, -1)} in ${from + k}.`] as const);

/** A deterministic shuffle (a linear congruential generator). */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  let state = 7;
  for (let k = copy.length - 1; k > 0; k -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (k + 1);
    [copy[k], copy[other]] = [copy[other]!, copy[k]!];
  }
  return copy;
}

const joined = (alignment: Alignment) => alignment.beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

describe('alignSentences on input that does not align', () => {
  it('is unsure of the beads it joins when one side is the other shuffled, in work linear in the length', () => {
    const pairs = numbered(1200, 5);
    const alignment = alignSentences(pairs.map(([nb]) => nb), shuffled(pairs.map(([, en]) => en)));
    expectWellFormed(alignment);
    expect(mean(joined(alignment).map((bead) => bead.score))).toBeLessThan(0.6);
    expect(alignment.model.evidence).toBeLessThan(0.5);
    // Each pass fills at most 24 × (n + m) × bandWidth cells, however badly the text aligns.
    expect(alignment.model.cells).toBeLessThan(3 * 24 * 2400 * 8);
  });

  it('is unsure of the beads it joins between two different books', () => {
    const source = numbered(800, 5).map(([nb]) => nb);
    const target = numbered(800, 99, 5000).map(([, en]) => en);
    const alignment = alignSentences(source, target);
    expectWellFormed(alignment);
    expect(joined(alignment).filter((bead) => bead.score >= 0.99)).toHaveLength(0);
    expect(mean(joined(alignment).map((bead) => bead.score))).toBeLessThan(0.5);
  });

  it('finds the translated part when one side is ten times longer', () => {
    const pairs = numbered(1500, 5);
    const alignment = alignSentences(pairs.slice(600, 750).map(([nb]) => nb), pairs.map(([, en]) => en));
    expectWellFormed(alignment);
    const found = joined(alignment).filter((bead) => bead.source.length === 1 && bead.target.length === 1 && bead.target[0] === bead.source[0]! + 600);
    expect(found.length).toBeGreaterThanOrEqual(145);
    // The rest of the longer side is left unaligned, not absorbed into merges, and the translated part is sure.
    const additions = alignment.beads.filter((bead) => bead.source.length === 0).length;
    expect(additions).toBeGreaterThanOrEqual(1500 - 150 - 5);
    expect(mean(found.map((bead) => bead.score))).toBeGreaterThan(0.9);
  });

  it('aligns 10,000 identical sentences one to one, with low confidence, in bounded work', () => {
    const count = 10_000;
    const alignment = alignSentences(Array(count).fill('Hunden sover i sola.'), Array(count).fill('The dog sleeps in the sun.'));
    expectWellFormed(alignment);
    expect(alignment.beads.every((bead) => bead.source.length === 1 && bead.target.length === 1)).toBe(true);
    expect(mean(alignment.beads.map((bead) => bead.score))).toBeLessThan(0.5);
    expect(alignment.model.cells).toBeLessThan(100 * 2 * count);
  });

  it('aligns one-word sentences alternating with 2,000-word ones', () => {
    const words = numbered(2000, 5);
    const source: string[] = [];
    const target: string[] = [];
    for (let k = 0; k < 60; k += 1) {
      if (k % 2 === 1) {
        source.push('Ja.');
        target.push('Yes.');
      } else {
        source.push(words.map(([nb], w) => nb.split(' ')[(k + w) % 3]).join(' '));
        target.push(words.map(([, en], w) => en.split(' ')[(k + w) % 3]).join(' '));
      }
    }
    const alignment = alignSentences(source, target);
    expectWellFormed(alignment);
    expect(alignment.beads).toHaveLength(60);
  });
});
