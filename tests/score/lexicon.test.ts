import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenClass } from '../../src/score/evidence.js';
import { createInterner } from '../../src/score/interner.js';
import { applyLexicon, diceLexicon, learnLexicon } from '../../src/score/lexicon.js';
import { handSide } from '../helpers/side-evidence.js';

const pair = (source: string[], target: string[]) => [new Set(source), new Set(target)] as const;
const options = { minCount: 2, minDice: 0.5, maxPerWord: 3 };

describe('diceLexicon', () => {
  it('keeps word pairs that co-occur often, by Dice coefficient', () => {
    const pairs = [pair(['hus', 'rødt'], ['house', 'red']), pair(['hus'], ['house']), pair(['bil'], ['car']), pair(['rødt'], ['red'])];
    // hus/house: 2·2/(2+2) = 1; rødt/red: 1; hus/red, rødt/house: 2·1/4 but seen once only (< minCount).
    expect(diceLexicon(pairs, options)).toEqual([
      ['hus', 'house'],
      ['rødt', 'red'],
    ]);
  });

  it('drops pairs below minDice', () => {
    const pairs = [pair(['hus'], ['house']), pair(['hus'], ['house']), pair(['hus'], []), pair(['hus'], [])];
    // 2·2/(4+2) = 0.67
    expect(diceLexicon(pairs, { ...options, minDice: 0.7 })).toEqual([]);
    expect(diceLexicon(pairs, { ...options, minDice: 0.6 })).toEqual([['hus', 'house']]);
  });

  it('keeps at most three partners per word on either side, best first', () => {
    const many = Array.from({ length: 3 }, () => pair(['og'], ['a', 'b', 'c', 'd']));
    expect(diceLexicon(many, options)).toEqual([
      ['og', 'a'],
      ['og', 'b'],
      ['og', 'c'],
    ]);
    const reverse = Array.from({ length: 3 }, () => pair(['w', 'x', 'y', 'z'], ['and']));
    expect(diceLexicon(reverse, options)).toHaveLength(3);
    // A better partner is kept first: d co-occurs with og in every pair, e only in two of three.
    const ranked = [pair(['og'], ['d', 'e']), pair(['og'], ['d', 'e']), pair(['og'], ['d']), pair([], ['e'])];
    expect(diceLexicon(ranked, { ...options, maxPerWord: 1 })).toEqual([['og', 'd']]);
  });
});

describe('learnLexicon', () => {
  // Words 10 (s:hus) and 20 (t:house) share sentences 0 and 1; word 11 appears once.
  const source = handSide([
    [{ cls: TokenClass.Word, keys: [], word: 10 }, { cls: TokenClass.Number, keys: [1] }],
    [{ cls: TokenClass.Word, keys: [], word: 10 }, { cls: TokenClass.Word, keys: [], word: 11 }],
    [{ cls: TokenClass.Word, keys: [], word: 12 }],
  ]);
  const target = handSide([[{ cls: TokenClass.Word, keys: [], word: 20 }], [{ cls: TokenClass.Word, keys: [], word: 20 }], [{ cls: TokenClass.Word, keys: [], word: 22 }]]);
  const beads: [number, number][] = [
    [0, 0],
    [1, 1],
    [2, 2],
  ];

  it('learns from the words of the given sentence pairs', () => {
    expect(learnLexicon(source, target, beads, { ...options, maxBeads: 10 })).toEqual([[10, 20]]);
  });

  it('gives what diceLexicon gives over the same sentences\' word sets, in the same order', () => {
    // Small vocabularies make repeated words, shared partners, ties in Dice and the per-word cap common.
    const sentence = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 8 });
    const document = fc.array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(0.3, 0.5, 0.8), (sentences, minCount, maxPerWord, minDice) => {
        const source = handSide(sentences.map(([words]) => words.map((word) => ({ cls: TokenClass.Word, keys: [], word }))));
        // Target words are ids of their own (as the interner gives each side its own words).
        const target = handSide(sentences.map(([, words]) => words.map((word) => ({ cls: TokenClass.Word, keys: [], word: 100 + word }))));
        const pairs = sentences.map((_, index) => [index, index] as [number, number]);
        const settings = { minCount, minDice, maxPerWord };
        const sets = sentences.map(([s, t]) => [new Set(s), new Set(t.map((word) => 100 + word))] as const);
        expect(learnLexicon(source, target, pairs, { ...settings, maxBeads: 1000 })).toEqual(diceLexicon(sets, settings));
      }),
      { numRuns: 300 },
    );
  });

  it('reads at most maxBeads pairs, evenly spread', () => {
    // Step 2 reads pairs 0 and 2 only: hus/house is seen once.
    expect(learnLexicon(source, target, beads, { ...options, maxBeads: 2 })).toEqual([]);
  });
});

describe('applyLexicon', () => {
  it('gives both words of a pair a shared key, leaving the input alone', () => {
    const interner = createInterner();
    const source = handSide([[{ cls: TokenClass.Word, keys: [], word: 10 }, { cls: TokenClass.Name, keys: [3], word: 11 }, { cls: TokenClass.Number, keys: [4] }]]);
    const target = handSide([[{ cls: TokenClass.Name, keys: [3], word: 21 }, { cls: TokenClass.Word, keys: [], word: 20 }]]);
    const [s, t] = applyLexicon(source, target, [[10, 20], [11, 21]], interner);
    const first = interner.id('l:10:20');
    const second = interner.id('l:11:21');
    expect(interner.size).toBe(2);
    expect([...s.keyStart]).toEqual([0, 1, 3, 4]);
    expect([...s.keys]).toEqual([first, 3, second, 4]);
    expect([...t.keyStart]).toEqual([0, 2, 3]);
    expect([...t.keys]).toEqual([3, second, first]);
    expect([...source.keys]).toEqual([3, 4]);
    expect(s.tokenClass).toBe(source.tokenClass);
  });
});
