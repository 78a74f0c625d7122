import { describe, expect, it } from 'vitest';
import { fingerprintDocument } from '../../src/documents/fingerprint.js';
import { lengthMisfit, numberOrder, verifyPair } from '../../src/documents/verify.js';

const norwegian = fingerprintDocument(
  {
    id: 'krig.nb',
    text: [
      'Krigen i Nagorno-Karabakh har krevd 30.000 liv siden 1994.',
      'Statsminister Nikol Pasjinian sa mandag at 12 soldater ble drept.',
      'Aserbajdsjan avviser anklagene.',
      'Tyrkia støtter Aserbajdsjan i konflikten.',
      'Russland har tilbudt seg å megle mellom partene i Moskva.',
    ].join('\n'),
  },
  'nb',
);
const translation = fingerprintDocument(
  {
    id: 'war.en',
    text: [
      'The war in Nagorno-Karabakh has claimed 30,000 lives since 1994.',
      'Prime Minister Nikol Pashinyan said on Monday that 12 soldiers were killed.',
      'Azerbaijan rejects the accusations.',
      'Turkey supports Azerbaijan in the conflict.',
      'Russia has offered to mediate between the parties in Moscow.',
    ].join('\n'),
  },
  'en',
);
const unrelated = fingerprintDocument(
  {
    id: 'rain.en',
    text: [
      'Heavy rain flooded the streets of Bergen on Tuesday.',
      'The city council met in 2019 to discuss new drains.',
      'Residents were told to stay indoors.',
      'Trains to Oslo were cancelled for the evening.',
    ].join('\n'),
  },
  'en',
);

describe('lengthMisfit', () => {
  it('is 0 for the expected length and |log| of the smoothed ratio otherwise', () => {
    expect(lengthMisfit(110, 100, 1.1)).toBeCloseTo(0, 12);
    expect(lengthMisfit(150, 100, 1)).toBeCloseTo(Math.log(200 / 150), 12);
    expect(lengthMisfit(50, 100, 1)).toBeCloseTo(Math.log(150 / 100), 12);
  });

  it('judges short texts mildly: 50 characters of smoothing', () => {
    expect(lengthMisfit(20, 10, 1)).toBeCloseTo(Math.log(70 / 60), 12);
    expect(lengthMisfit(0, 0, 1)).toBe(0);
  });
});

describe('numberOrder', () => {
  it('is the longest common subsequence over the longer list', () => {
    expect(numberOrder([1994, 30000, 12], [1994, 30000, 12])).toBe(1);
    expect(numberOrder([1994, 2020], [2020, 1994])).toBe(0.5);
    expect(numberOrder([1994, 30000, 12], [1994, 30000, 12, 2020])).toBe(0.75);
    expect(numberOrder([5, 1, 5, 2, 5], [1, 2])).toBe(0.4);
  });

  it('is 1 when neither document has numbers and 0 when only one has', () => {
    expect(numberOrder([], [])).toBe(1);
    expect(numberOrder([1994], [])).toBe(0);
    expect(numberOrder([], [1994])).toBe(0);
  });
});

describe('verifyPair', () => {
  it('finds a translation aligned 1-1 with confidence, its numbers in order and its length as expected', () => {
    const check = verifyPair(norwegian, translation, 1.1);
    expect(check.oneToOne).toBe(1);
    expect(check.numberOrder).toBe(1);
    expect(check.coverage).toBeGreaterThan(0.9);
    expect(check.evidence).toBeGreaterThan(0.5);
    expect(check.lengthMisfit).toBeLessThan(0.05);
  });

  it('tells an article on something else by every measure', () => {
    const real = verifyPair(norwegian, translation, 1.1);
    const check = verifyPair(norwegian, unrelated, 1.1);
    expect(check.numberOrder).toBe(0);
    expect(check.evidence).toBeLessThan(0);
    expect(check.coverage).toBeLessThan(real.coverage - 0.2);
    expect(check.oneToOne).toBeLessThan(1);
    expect(check.lengthMisfit).toBeGreaterThan(real.lengthMisfit + 0.2);
  });

  it('gives an empty document no coverage, without aligning', () => {
    const empty = fingerprintDocument({ id: 'empty.nb', text: '' }, 'nb');
    expect(verifyPair(empty, translation, 1.1)).toEqual({
      coverage: 0,
      numberOrder: 0,
      lengthMisfit: lengthMisfit(translation.chars, 0, 1.1),
      evidence: 0,
      oneToOne: 0,
    });
  });

  it('aligns with a dictionary when one is given, still confirming the translation', () => {
    const check = verifyPair(norwegian, translation, 1.1, [{ source: 'avviser', target: 'rejects' }]);
    expect(check.oneToOne).toBe(1);
    expect(check.coverage).toBeGreaterThan(0.9);
  });
});
