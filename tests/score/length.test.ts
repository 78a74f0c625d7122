import { describe, expect, it } from 'vitest';
import { lengthLogProbability, logErfc } from '../../src/score/length.js';

describe('logErfc', () => {
  it('matches erfc where it is representable', () => {
    // erfc(0) = 1, erfc(1) = 0.157299207, erfc(2) = 0.004677735, erfc(5) = 1.5375e-12
    expect(logErfc(0)).toBeCloseTo(0, 6);
    expect(Math.exp(logErfc(1))).toBeCloseTo(0.157299207, 6);
    expect(Math.exp(logErfc(2))).toBeCloseTo(0.004677735, 7);
    expect(logErfc(5)).toBeCloseTo(Math.log(1.5374597944e-12), 4);
  });

  it('stays finite where erfc underflows', () => {
    expect(Number.isFinite(logErfc(40))).toBe(true);
    expect(logErfc(40)).toBeLessThan(-1500);
  });
});

describe('lengthLogProbability', () => {
  const model = { ratio: 1.1, variance: 6.8 };

  it('is 0 for a perfect fit and falls as the lengths part', () => {
    expect(lengthLogProbability(100, 110, model)).toBeCloseTo(0, 6);
    expect(lengthLogProbability(100, 140, model)).toBeLessThan(lengthLogProbability(100, 120, model));
    expect(lengthLogProbability(100, 60, model)).toBeLessThan(-2);
  });

  it('is 0 for two empty sentences', () => {
    expect(lengthLogProbability(0, 0, model)).toBe(0);
  });
});
