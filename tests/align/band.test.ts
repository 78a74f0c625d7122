import { describe, expect, it } from 'vitest';
import { bandAroundPath, fullBand, touchesEdge } from '../../src/align/band.js';

describe('bandAroundPath', () => {
  it('covers the path with monotone, overlapping rows', () => {
    const path = [{ i: 0, j: 0 }, { i: 1, j: 1 }, { i: 2, j: 1 }, { i: 5, j: 4 }, { i: 10, j: 12 }];
    const band = bandAroundPath(path, 10, 12, 2, 1_000);
    for (const { i, j } of path) {
      expect(j).toBeGreaterThanOrEqual(band.lo[i]!);
      expect(j).toBeLessThanOrEqual(band.hi[i]!);
    }
    for (let i = 1; i <= 10; i += 1) {
      expect(band.lo[i]!).toBeGreaterThanOrEqual(band.lo[i - 1]!);
      expect(band.hi[i]!).toBeGreaterThanOrEqual(band.hi[i - 1]!);
      expect(band.lo[i]!).toBeLessThanOrEqual(band.hi[i - 1]!);
    }
    expect(band.cells).toBeLessThan(11 * 13);
  });

  it('throws E_BUDGET past maxCells', () => {
    expect(() => fullBand(100, 100, 5_000)).toThrow(expect.objectContaining({ code: 'E_BUDGET' }));
  });

  it('tells when a path runs along its edge', () => {
    const band = bandAroundPath([{ i: 0, j: 0 }, { i: 10, j: 10 }], 10, 20, 1, 1_000);
    // Between the two points every row spans columns 0…11.
    expect(touchesEdge(band, [{ i: 0, j: 0 }, { i: 5, j: 11 }, { i: 10, j: 20 }])).toBe(true);
    expect(touchesEdge(band, [{ i: 0, j: 0 }, { i: 5, j: 5 }, { i: 10, j: 20 }])).toBe(false);
  });
});
