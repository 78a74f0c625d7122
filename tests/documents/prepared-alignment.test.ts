import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { alignPreparedSides, createCollectionInterner, createPairScratch, createWordMemo, prepareSide } from '../../src/documents/prepared-alignment.js';

const norwegian = [
  'Krigen i Nagorno-Karabakh har krevd 30.000 liv siden 1994.',
  'Statsminister Nikol Pasjinian sa mandag at 12 soldater ble drept.',
  'Aserbajdsjan avviser anklagene!',
  'Tyrkia støtter Aserbajdsjan i konflikten.',
  '«Vi vil ha fred», sa han.',
  'Russland har tilbudt seg å megle mellom partene i Moskva.',
];
const english = [
  'The war in Nagorno-Karabakh has claimed 30,000 lives since 1994.',
  'Prime Minister Nikol Pashinyan said on Monday that 12 soldiers were killed.',
  'Azerbaijan rejects the accusations!',
  'Turkey supports Azerbaijan in the conflict.',
  '"We want peace," he said.',
  'Russia has offered to mediate between the parties in Moscow.',
];
const rain = [
  'Heavy rain flooded the streets of Bergen on Tuesday.',
  'The city council met in 2019 to discuss new drains.',
  'Residents were told to stay indoors.',
  'Trains to Oslo were cancelled for the evening.',
];

/** Words of a seeded random text: the sentences of a document no test wrote by hand. */
function randomSentences(seed: number, count: number, vocabulary: readonly string[]): string[] {
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 3 + Math.floor(next() * 12) }, () => vocabulary[Math.floor(next() * vocabulary.length)]!);
    return `${words.join(' ')}${next() < 0.2 ? '?' : '.'}`;
  });
}

describe('alignPreparedSides', () => {
  // Documents prepared once in one collection, aligned in many pairs: each pair must align as
  // alignSentences aligns it on its own, whatever else the collection interner holds.
  const collection = createCollectionInterner();
  const scratch = createPairScratch();
  const vocabulary = [...norwegian, ...english, ...rain].join(' ').replace(/[.,!?«»"]/g, '').split(' ');
  const sources = [norwegian, randomSentences(1, 9, vocabulary), randomSentences(2, 3, vocabulary), english];
  const targets = [english, rain, randomSentences(3, 8, vocabulary), randomSentences(4, 12, vocabulary), norwegian];
  const prepared = {
    source: sources.map((sentences) => prepareSide(sentences, 'nb', 'source', collection)),
    target: targets.map((sentences) => prepareSide(sentences, 'en', 'target', collection)),
  };
  const settings = [
    { realign: false, weights: { nullScore: -7 } },
    { realign: true, weights: { nullScore: -7 } },
    { realign: true, dictionary: [{ source: 'avviser', target: 'rejects' }, { source: 'fred', target: 'peace' }, { source: 'krigen', target: 'war' }] },
  ];

  it('gives every pair the beads and model alignSentences gives it', () => {
    for (const options of settings) {
      sources.forEach((source, s) => {
        targets.forEach((target, t) => {
          const expected = alignSentences(source, target, { sourceLang: 'nb', targetLang: 'en', ...options });
          const found = alignPreparedSides(prepared.source[s]!, prepared.target[t]!, collection, scratch, { sourceLang: 'nb', targetLang: 'en', ...options });
          expect(found.beads).toEqual(expected.beads);
          expect(found.model).toEqual(expected.model);
        });
      });
    }
  });

  it('prepares each side as before when the words come from a memo of the documents before it', () => {
    const memoCollection = createCollectionInterner();
    const words = createWordMemo();
    // Each side twice over: the second time every word is in the memo.
    const twice = <T>(list: readonly T[]) => [...list, ...list];
    const source = twice(sources).map((sentences) => prepareSide(sentences, 'nb', 'source', memoCollection, words));
    const target = twice(targets).map((sentences) => prepareSide(sentences, 'en', 'target', memoCollection, words));
    // The same ids in the same order as in the collection prepared without the memo.
    sources.forEach((_, s) => {
      for (const again of [source[s]!, source[s + sources.length]!]) {
        expect(again.evidence).toEqual(prepared.source[s]!.evidence);
        expect(again.firstSeen).toEqual(prepared.source[s]!.firstSeen);
      }
    });
    targets.forEach((_, t) => {
      for (const again of [target[t]!, target[t + targets.length]!]) {
        expect(again.evidence).toEqual(prepared.target[t]!.evidence);
        expect(again.firstSeen).toEqual(prepared.target[t]!.firstSeen);
      }
    });
  });

  it('refuses sentences the input rule refuses, as alignSentences does', () => {
    expect(() => prepareSide(['a\u0000b'], 'nb', 'source', collection)).toThrow(/source\[0\]/);
    expect(() => alignSentences(['a\u0000b'], english)).toThrow(/source\[0\]/);
  });
});
