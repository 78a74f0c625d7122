import { describe, expect, it } from 'vitest';
import { TokenClass } from '../../src/score/evidence.js';
import { DEFAULT_SURVIVAL, MAX_TOKENS, documentFrequencies, prepareSide } from '../../src/score/prepare.js';
import { handSide } from '../helpers/side-evidence.js';

describe('documentFrequencies', () => {
  it('counts the sentences a key occurs in, once per sentence', () => {
    const side = handSide([[{ cls: TokenClass.Word, keys: [0] }, { cls: TokenClass.Word, keys: [0, 2] }], [{ cls: TokenClass.Word, keys: [2] }], []]);
    expect([...documentFrequencies(side, 4)]).toEqual([1, 0, 2, 0]);
  });
});

describe('prepareSide', () => {
  it('weighs a matchable token by log(p/r) and its miss by log((1-p)/(1-r))', () => {
    // Key 7 occurs in 1 of 9 other sentences: r = (1 + 0.1)/10 = 0.11; a number survives with p = 0.8.
    const side = handSide([[{ cls: TokenClass.Number, keys: [7] }, { cls: TokenClass.Word, keys: [3] }]]);
    const frequencies = new Uint32Array(8);
    frequencies[7] = 1;
    const prepared = prepareSide(side, frequencies, 9, DEFAULT_SURVIVAL);
    const gain = Math.log(0.8 / 0.11);
    const miss = Math.log(0.2 / 0.89);
    // Key 3 never occurs on the other side: the word is left out.
    expect([...prepared.entryStart]).toEqual([0, 1]);
    expect([...prepared.chosen]).toEqual([0]);
    expect([...prepared.keys]).toEqual([7]);
    expect([...prepared.bits]).toEqual([0]);
    expect([...prepared.gainStart]).toEqual([0, 1]);
    expect(prepared.gains[0]).toBeCloseTo(gain - miss, 12);
    expect(prepared.base[0]).toBeCloseTo(miss, 12);
    expect(prepared.best[0]).toBeCloseTo(gain, 12);
    expect(prepared.lengths).toBe(side.lengths);
  });

  it('leaves out tokens as likely by chance as by translation', () => {
    // A word (p = 0.25) whose key is in every other sentence: r = 0.95 ≥ p.
    const side = handSide([[{ cls: TokenClass.Word, keys: [0] }]]);
    const prepared = prepareSide(side, Uint32Array.from([4]), 4, DEFAULT_SURVIVAL);
    expect(prepared.keys.length).toBe(0);
    expect(prepared.base[0]).toBe(0);
    expect(prepared.best[0]).toBe(0);
  });

  it('sorts entries by key, bits by odds, and keeps at most 31 tokens', () => {
    expect(MAX_TOKENS).toBe(31);
    const two = handSide([[{ cls: TokenClass.Word, keys: [5] }, { cls: TokenClass.Number, keys: [1] }]]);
    const frequencies = Uint32Array.from([0, 1, 0, 0, 0, 1]);
    const prepared = prepareSide(two, frequencies, 9, DEFAULT_SURVIVAL);
    expect([...prepared.keys]).toEqual([1, 5]);
    // The number has the better odds (0.8 against 0.25 at the same chance), so it takes bit 0.
    expect([...prepared.bits]).toEqual([0, 1]);
    const many = handSide([Array.from({ length: 40 }, (_, k) => ({ cls: TokenClass.Number, keys: [k] }))]);
    const capped = prepareSide(many, new Uint32Array(40).fill(1), 99, DEFAULT_SURVIVAL);
    expect(capped.keys.length).toBe(31);
    expect(capped.gains.length).toBe(31);
    expect(new Set(capped.bits).size).toBe(31);
  });
});
