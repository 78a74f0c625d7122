import { describe, expect, it } from 'vitest';
import type { Fingerprint } from '../../src/documents/fingerprint.js';
import { pairScore, PAIR_WEIGHTS } from '../../src/documents/pair-score.js';
import type { Verification } from '../../src/documents/verify.js';

const print = (date?: string): Fingerprint => ({ id: 'x', keys: new Map(), numbers: [], chars: 100, sentences: [], lang: 'nb', date });
const undated = print();

/** What verifyPair measured for a translation and for an article on something else (tests/documents/verify.test.ts). */
const translation: Verification = { coverage: 0.95, numberOrder: 1, lengthMisfit: 0.02, evidence: 1.4, oneToOne: 1 };
const unrelated: Verification = { coverage: 0.5, numberOrder: 0, lengthMisfit: 0.33, evidence: -0.18, oneToOne: 0.67 };
const nothing: Verification = { coverage: 0, numberOrder: 0, lengthMisfit: 0, evidence: 0, oneToOne: 0 };

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

describe('pairScore', () => {
  it('is the logistic of the weighted evidence', () => {
    const w = PAIR_WEIGHTS;
    expect(pairScore(0, nothing, undated, undated)).toBeCloseTo(logistic(w.bias), 12);
    expect(pairScore(0.6, translation, undated, undated)).toBeCloseTo(
      logistic(w.bias + 0.6 * w.similarity + 0.95 * w.coverage + 1.4 * w.evidence + w.oneToOne + w.numberOrder - 0.02 * w.lengthMisfit),
      12,
    );
  });

  it('scores a translation near 1, an unrelated article below the pairing threshold (0.5), and no evidence near 0', () => {
    expect(pairScore(0.6, translation, undated, undated)).toBeGreaterThan(0.99);
    expect(pairScore(0.1, unrelated, undated, undated)).toBeLessThan(0.5);
    expect(pairScore(0, nothing, undated, undated)).toBeLessThan(0.01);
  });

  it('rises with every sign of a translation and falls with the length misfit', () => {
    const base = pairScore(0.3, unrelated, undated, undated);
    for (const key of ['coverage', 'numberOrder', 'evidence', 'oneToOne'] as const) {
      expect(pairScore(0.3, { ...unrelated, [key]: unrelated[key] + 0.1 }, undated, undated), key).toBeGreaterThan(base);
    }
    expect(pairScore(0.5, unrelated, undated, undated)).toBeGreaterThan(base);
    expect(pairScore(0.3, { ...unrelated, lengthMisfit: 0.6 }, undated, undated)).toBeLessThan(base);
  });

  it('counts index similarity only up to 1', () => {
    expect(pairScore(3, unrelated, undated, undated)).toBe(pairScore(1, unrelated, undated, undated));
  });

  it('adds a little for the same month and takes away more for another, when both documents are dated', () => {
    const z = (score: number) => Math.log(score / (1 - score));
    const plain = z(pairScore(0.3, unrelated, undated, undated));
    expect(z(pairScore(0.3, unrelated, print('2020-10-05'), print('2020-10')))).toBeCloseTo(plain + PAIR_WEIGHTS.sameMonth, 9);
    expect(z(pairScore(0.3, unrelated, print('2020-10'), print('2020-11-01')))).toBeCloseTo(plain - PAIR_WEIGHTS.otherMonth, 9);
    expect(pairScore(0.3, unrelated, print('2020-10'), undated)).toBe(pairScore(0.3, unrelated, undated, undated));
    expect(pairScore(0.3, unrelated, undated, print('2020-10'))).toBe(pairScore(0.3, unrelated, undated, undated));
  });

  it('stays in [0, 1]', () => {
    const extreme: Verification = { coverage: 1, numberOrder: 1, lengthMisfit: 0, evidence: 50, oneToOne: 1 };
    expect(pairScore(1, extreme, undated, undated)).toBeLessThanOrEqual(1);
    expect(pairScore(0, { ...nothing, evidence: -50, lengthMisfit: 20 }, undated, undated)).toBeGreaterThanOrEqual(0);
  });

  it('has frozen weights', () => {
    expect(Object.isFrozen(PAIR_WEIGHTS)).toBe(true);
  });
});
