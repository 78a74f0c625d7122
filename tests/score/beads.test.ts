import { beadPrior, beadTypes } from '../../src/score/beads.js';
import { describe, expect, it } from 'vitest';

describe('beadTypes', () => {
  it('gives the 12 default shapes, up to 4-1 and 2-3, omissions first', () => {
    expect(beadTypes(4, 5).map(({ source, target }) => `${source}-${target}`)).toEqual(['1-0', '0-1', '1-1', '1-2', '2-1', '1-3', '2-2', '3-1', '1-4', '2-3', '3-2', '4-1']);
  });

  it('limits each side to maxSide', () => {
    expect(beadTypes(2, 4).map(({ source, target }) => `${source}-${target}`)).toEqual(['1-0', '0-1', '1-1', '1-2', '2-1', '2-2']);
  });
});

describe('beadPrior', () => {
  it('charges each extra sentence mergeCost and each sentence of imbalance beyond one unevenCost', () => {
    expect(beadPrior({ source: 1, target: 1 }, 2, 0.5)).toBe(-0);
    expect(beadPrior({ source: 2, target: 1 }, 2, 0.5)).toBe(-2);
    expect(beadPrior({ source: 3, target: 1 }, 2, 0.5)).toBe(-4.5);
    expect(beadPrior({ source: 2, target: 2 }, 2, 0.5)).toBe(-4);
  });
});
