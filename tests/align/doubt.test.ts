import type { RawBead } from '../../src/score/grid.js';
import { describe, expect, it } from 'vitest';
import { doubtfulWidths, findDoubtfulStretches } from '../../src/align/doubt.js';

/** Beads from shapes ('11', '10', '01'), laid end to end. */
function beadsOf(shapes: string[]): RawBead[] {
  let s = 0;
  let t = 0;
  return shapes.map((shape) => {
    const bead = { sourceStart: s, sourceCount: Number(shape[0]), targetStart: t, targetCount: Number(shape[1]), score: 0 };
    s += bead.sourceCount;
    t += bead.targetCount;
    return bead;
  });
}

describe('findDoubtfulStretches', () => {
  it('finds nothing on a path of 1-1 beads with lone omissions', () => {
    expect(findDoubtfulStretches(beadsOf(['11', '10', '11', '01', '11', '10', '10', '11']), 4)).toEqual([]);
  });

  it('marks a run of three or more 1-0/0-1 beads, widened by its length, reaching far on both sides', () => {
    const shapes = [...Array(300).fill('11'), '10', '01', '10', '10', ...Array(300).fill('11')];
    const [stretch, ...rest] = findDoubtfulStretches(beadsOf(shapes), 4);
    expect(rest).toEqual([]);
    expect(stretch!.width).toBe(8);
    expect(stretch!.from).toBe(300 - 240);
    expect(stretch!.to).toBe(304 + 240);
  });
});

describe('doubtfulWidths', () => {
  it('widens only the points of the stretches, the widest stretch winning where they overlap', () => {
    const widths = doubtfulWidths([{ from: 2, to: 4, width: 6 }, { from: 4, to: 6, width: 9 }], 10, 3, 1e9);
    expect([...widths]).toEqual([3, 3, 6, 6, 9, 9, 9, 3, 3, 3]);
  });

  it('scales the widening down to the cell budget', () => {
    const widths = doubtfulWidths([{ from: 0, to: 9, width: 13 }], 10, 3, 100);
    // 10 points × 2 sides × 10 extra = 200 cells, halved to 100: 5 extra each.
    expect([...widths]).toEqual(Array(10).fill(8));
  });
});
