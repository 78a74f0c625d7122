import { type BeadType, beadTypes } from '../../src/score/beads.js';
import { describe, expect, it } from 'vitest';
import { bandAroundPath, fullBand } from '../../src/align/band.js';
import { findBestPath } from '../../src/align/dp.js';
import type { BeadScorer } from '../../src/score/scorer.js';

/** A scorer read from a table: `table['a-b@i,j']` is the score of the a-b bead ending at (i, j); anything else scores `otherwise`. */
function tableScorer(table: Record<string, number>, otherwise: number): BeadScorer {
  const score = (type: BeadType, _index: number, i: number, j: number) => table[`${type.source}-${type.target}@${i},${j}`] ?? otherwise;
  const scorer: BeadScorer = { fillCell: () => undefined, score, upperBound: () => Infinity, evidence: () => 0, over: () => scorer, prepare: () => undefined };
  return scorer;
}

const shapes = (beads: ReturnType<typeof findBestPath>['beads']) => beads.map((bead) => `${bead.sourceCount}-${bead.targetCount}@${bead.sourceStart},${bead.targetStart}`);

describe('findBestPath on a 3 × 3 matrix', () => {
  const types = beadTypes(2, 3);

  it('follows the diagonal when 1-1 beads score best', () => {
    const scorer = tableScorer({ '1-1@1,1': 2, '1-1@2,2': 2, '1-1@3,3': 2, '1-0@1,0': -1.5, '0-1@0,1': -1.5 }, -5);
    const { beads, path } = findBestPath(fullBand(3, 3, 100), types, scorer);
    expect(shapes(beads)).toEqual(['1-1@0,0', '1-1@1,1', '1-1@2,2']);
    expect(path).toEqual([{ i: 0, j: 0 }, { i: 1, j: 1 }, { i: 2, j: 2 }, { i: 3, j: 3 }]);
    expect(beads.map((bead) => bead.score)).toEqual([2, 2, 2]);
  });

  it('takes a 2-1 and a 0-1 when together they beat two 1-1 beads (6.5 against 6)', () => {
    const scorer = tableScorer({ '1-1@1,1': 2, '1-1@2,2': 2, '1-1@3,3': 2, '2-1@3,2': 6, '0-1@3,3': -1.5 }, -5);
    const { beads } = findBestPath(fullBand(3, 3, 100), types, scorer);
    expect(shapes(beads)).toEqual(['1-1@0,0', '2-1@1,1', '0-1@3,2']);
  });

  it('keeps to the band: a better bead outside it is not taken', () => {
    const scorer = tableScorer({ '1-1@1,1': 2, '1-1@2,2': 2, '1-1@3,3': 2, '1-0@1,0': 0, '1-0@2,0': 20 }, -5);
    // Width 0 around the diagonal: cell (2, 0) is outside.
    const band = bandAroundPath([{ i: 0, j: 0 }, { i: 1, j: 1 }, { i: 2, j: 2 }, { i: 3, j: 3 }], 3, 3, 0, 100);
    expect(band.lo[2]).toBe(1);
    expect(shapes(findBestPath(band, types, scorer).beads)).toEqual(['1-1@0,0', '1-1@1,1', '1-1@2,2']);
    expect(shapes(findBestPath(fullBand(3, 3, 100), types, scorer).beads).slice(0, 2)).toEqual(['1-0@0,0', '1-0@1,0']);
  });

  it('leaves every sentence unaligned when nothing scores better than omissions', () => {
    const scorer = tableScorer({}, -100);
    const { beads } = findBestPath(fullBand(1, 1, 100), [{ source: 1, target: 0 }, { source: 0, target: 1 }, { source: 1, target: 1 }], tableScorer({ '1-0@1,0': -1, '0-1@1,1': -1 }, -100));
    expect(shapes(beads)).toEqual(['1-0@0,0', '0-1@1,0']);
    expect(scorer.score({ source: 1, target: 1 }, 0, 1, 1)).toBe(-100);
  });
});
