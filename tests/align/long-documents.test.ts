import { describe, expect, it } from 'vitest';
import { alignSentences, type Alignment } from '../../src/index.js';
import { toySentences } from '../helpers/toy-bitext.js';

/** Strict share of the gold beads found, and the wrong beads scored 0.99 or more. */
function judge(alignment: Alignment, gold: [number[], number[]][]): { found: number; sureWrong: number } {
  const keys = new Set(gold.map(([s, t]) => `${s}|${t}`));
  const found = alignment.beads.filter((bead) => keys.has(`${bead.source}|${bead.target}`)).length / gold.length;
  const sureWrong = alignment.beads.filter((bead) => !keys.has(`${bead.source}|${bead.target}`) && bead.score >= 0.99).length;
  return { found, sureWrong };
}

/**
 * A long pair of documents whose middle is one paragraph repeated, with one copy missing on the
 * target side: every copy matches every other, so a banded search that places the gap wrong has
 * no local reason to come back. `stamped` numbers each copy, which tells where the gap is.
 */
function repeatedParagraphs(stamped: boolean): { source: string[]; target: string[]; gold: [number[], number[]][] } {
  const source: string[] = [];
  const target: string[] = [];
  const gold: [number[], number[]][] = [];
  const add = (s: string | undefined, t: string | undefined) => {
    gold.push([s === undefined ? [] : [source.length], t === undefined ? [] : [target.length]]);
    if (s !== undefined) source.push(s);
    if (t !== undefined) target.push(t);
  };
  const numbered = toySentences(400, 11);
  numbered.slice(0, 200).forEach(([nb, en], index) => add(`${nb.slice(0, -1)} i ${3000 + index}.`, `${en.slice(0, -1)} in ${3000 + index}.`));
  const paragraph = toySentences(20, 12);
  for (let copy = 0; copy < 80; copy += 1) {
    paragraph.forEach(([nb, en], index) => {
      const stamp = stamped && index === 0 ? ` (${1900 + copy})` : '';
      add(`${nb}${stamp}`, copy === 60 ? undefined : `${en}${stamp}`);
    });
  }
  numbered.slice(200).forEach(([nb, en], index) => add(`${nb.slice(0, -1)} i ${5000 + index}.`, `${en.slice(0, -1)} in ${5000 + index}.`));
  return { source, target, gold };
}

describe('alignSentences on long documents that mislead a banded search', () => {
  it('finds a missing copy of a repeated paragraph when the copies are numbered', () => {
    const { source, target, gold } = repeatedParagraphs(true);
    const alignment = alignSentences(source, target);
    const { found, sureWrong } = judge(alignment, gold);
    expect(found).toBeGreaterThan(0.97);
    expect(sureWrong).toBeLessThan(10);
  });

  it('is unsure, not confidently wrong, where the missing copy cannot be told apart', () => {
    const { source, target, gold } = repeatedParagraphs(false);
    const alignment = alignSentences(source, target);
    const { sureWrong } = judge(alignment, gold);
    expect(sureWrong).toBeLessThan(20);
    // The copies' beads share their probability with the alignments that place the gap elsewhere.
    const copies = alignment.beads.filter((bead) => bead.source[0] !== undefined && bead.source[0] >= 200 && bead.source[0] < 1800);
    expect(copies.reduce((sum, bead) => sum + bead.score, 0) / copies.length).toBeLessThan(0.9);
  });
});
