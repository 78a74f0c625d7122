import { describe, expect, it } from 'vitest';
import { rowOffset, visibleRange } from '../../src/workbench/virtual-range.js';

describe('the virtual list', () => {
  it('renders only the rows in view, with spacers for the rest', () => {
    const heights = Array.from({ length: 5000 }, () => 50);
    const range = visibleRange(heights, 10_000, 600, 4);
    expect(range).toEqual({ start: 196, end: 216, before: 196 * 50, after: (5000 - 216) * 50 });
    expect(range.before + (range.end - range.start) * 50 + range.after).toBe(5000 * 50);
  });

  it('handles rows of different heights, the top, the end and an empty list', () => {
    const heights = [10, 200, 10, 10, 10];
    expect(visibleRange(heights, 0, 100, 0)).toEqual({ start: 0, end: 2, before: 0, after: 30 });
    expect(visibleRange(heights, 5000, 100, 1)).toEqual({ start: 4, end: 5, before: 230, after: 0 });
    expect(visibleRange([], 0, 100)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    expect(rowOffset(heights, 3)).toBe(220);
  });
});
