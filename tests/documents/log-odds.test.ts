import { describe, expect, it } from 'vitest';
import { logit } from '../../src/documents/log-odds.js';

describe('logit', () => {
  it('is 0 at one half and symmetric', () => {
    expect(logit(0.5)).toBe(0);
    expect(logit(0.9)).toBeCloseTo(Math.log(9), 12);
    expect(logit(0.1)).toBeCloseTo(-Math.log(9), 12);
  });

  it('stays finite at 0 and 1', () => {
    expect(logit(1)).toBeCloseTo(Math.log((1 - 1e-9) / 1e-9), 6);
    expect(logit(0)).toBeCloseTo(-Math.log((1 - 1e-9) / 1e-9), 6);
  });
});
