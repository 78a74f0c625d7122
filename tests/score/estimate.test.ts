import { describe, expect, it } from 'vitest';
import { TokenClass } from '../../src/score/evidence.js';
import { estimateLengthModel, estimateNullScore, estimateSurvival } from '../../src/score/estimate.js';
import { DEFAULT_SURVIVAL } from '../../src/score/prepare.js';
import { handSide, oneToOne } from '../helpers/side-evidence.js';

const prior = { ratio: 1, variance: 6.8 };

describe('estimateLengthModel', () => {
  const source = handSide([[], [], [], [], [], []], [10, 20, 10, 20, 40, 0]);
  const target = handSide([[], [], [], [], [], []], [11, 22, 13, 20, 44, 7]);
  const five = [0, 1, 2, 3, 4].map((k) => oneToOne(k, k));

  it('estimates the ratio and shrinks the variance towards the prior', () => {
    const model = estimateLengthModel(five, source, target, prior);
    // Ratio 110/100; squared residuals 0+0+4+4+0 = 8 over mean length 100; weight 5/(5 + 10).
    expect(model.ratio).toBeCloseTo(1.1, 12);
    expect(model.variance).toBeCloseTo((1 / 3) * 0.08 + (2 / 3) * 6.8, 12);
  });

  it('falls back to the prior with fewer than five usable 1-1 beads', () => {
    const usable = [...five.slice(0, 4), oneToOne(5, 5), { sourceStart: 4, sourceCount: 2, targetStart: 4, targetCount: 1, score: 0 }];
    // Bead 5-5 has an empty source sentence, the last is 2-1: neither counts.
    expect(estimateLengthModel(usable, source, target, prior)).toBe(prior);
    expect(estimateLengthModel([], source, target, prior)).toBe(prior);
  });

  it('keeps the variance within 2 and 40', () => {
    expect(estimateLengthModel(five, source, target, { ratio: 1, variance: 100 }).variance).toBe(40);
    expect(estimateLengthModel(five, source, target, { ratio: 1, variance: 0 }).variance).toBe(2);
  });
});

describe('estimateNullScore', () => {
  const nullBead = { sourceStart: 0, sourceCount: 1, targetStart: 0, targetCount: 0, score: 0 };
  const joined = oneToOne(0, 0);

  it('is the baseline without evidence', () => {
    expect(estimateNullScore([], -9)).toBeCloseTo(-9, 12);
  });

  it('falls below the baseline, by at most 3 (or to `dearest`), when a long first pass leaves nothing unaligned', () => {
    const few = estimateNullScore(Array(10).fill(joined), -9);
    expect(few).toBeCloseTo(3 * Math.log((20 * Math.exp(-3)) / 30), 12);
    expect(few).toBeLessThan(-9);
    expect(estimateNullScore(Array(5_000).fill(joined), -9)).toBe(-12);
    expect(estimateNullScore(Array(5_000).fill(joined), -9, -10)).toBe(-10);
    // A `dearest` above the baseline never makes omissions cheaper than the baseline allows.
    expect(estimateNullScore(Array(5_000).fill(joined), -9, -5)).toBe(-9);
  });

  it('rises with the share of 1-0 and 0-1 beads, to at most -1', () => {
    const half = estimateNullScore([...Array(10).fill(nullBead), ...Array(10).fill(joined)], -9);
    expect(half).toBeCloseTo(3 * Math.log((10 + 20 * Math.exp(-3)) / 30), 12);
    expect(half).toBeGreaterThan(-9);
    expect(estimateNullScore(Array(40).fill(nullBead), -9)).toBe(-1);
  });
});

describe('estimateSurvival', () => {
  // Keys: 0 a number both sides share, 1 a name only in another target sentence, 2 a word the
  // target never has, 5 a name the source never has.
  const source = handSide([[{ cls: TokenClass.Number, keys: [0] }, { cls: TokenClass.Name, keys: [1] }, { cls: TokenClass.Word, keys: [2] }]]);
  const target = handSide([[{ cls: TokenClass.Number, keys: [0] }, { cls: TokenClass.Name, keys: [5] }], [{ cls: TokenClass.Name, keys: [1] }]]);

  it('counts matched translatable tokens per class in 1-1 beads, shrunk to the prior', () => {
    const rates = estimateSurvival([oneToOne(0, 0)], source, target, DEFAULT_SURVIVAL);
    expect(rates[TokenClass.Number]).toBeCloseTo((2 + 8) / 12, 12);
    expect(rates[TokenClass.Name]).toBeCloseTo(6 / 11, 12);
    expect(rates[TokenClass.Word]).toBeCloseTo(0.25, 12);
    expect(rates[TokenClass.Punctuation]).toBeCloseTo(0.5, 12);
  });

  it('ignores beads that are not 1-1 and keeps rates within 0.05 and 0.95', () => {
    const twoOne = { sourceStart: 0, sourceCount: 1, targetStart: 0, targetCount: 2, score: 0 };
    expect(estimateSurvival([twoOne], source, target, DEFAULT_SURVIVAL)).toEqual([...DEFAULT_SURVIVAL]);
    expect(estimateSurvival([], source, target, [1, 0, 0.5, 0.5])).toEqual([0.95, 0.05, 0.5, 0.5]);
  });
});
