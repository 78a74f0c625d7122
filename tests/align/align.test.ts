import { describe, expect, it } from 'vitest';
import { alignSentences, parseDictionary, type Alignment, type Bead } from '../../src/index.js';
import { corpusDocument } from '../helpers/corpus.js';
import { fixtureGold, fixtureLines, strictScores } from '../helpers/gold.js';
import { toySentences } from '../helpers/toy-bitext.js';
import { expectWellFormed } from '../helpers/well-formed.js';

const beadsOf = (alignment: Alignment) => alignment.beads.map(({ source, target }) => ({ source, target }));

describe('alignSentences on the corpus pair 000 ↔ 003', () => {
  const alignment = alignSentences(corpusDocument('000').text, corpusDocument('003').text, { sourceLang: 'nb', targetLang: 'en' });

  it('finds every translation pair and leaves captions, credits, view more, extra paragraphs, the comment form and Opprustning unaligned', () => {
    expectWellFormed(alignment);
    expect(alignment.source).toHaveLength(18);
    expect(alignment.target).toHaveLength(34);
    expect(beadsOf(alignment)).toEqual(fixtureGold('corpus-000-003.gold').map(({ source, target }) => ({ source, target })));
  });

  it('is confident about the clear pairs and the boilerplate', () => {
    const score = (source: number[], target: number[]) => alignment.beads.find((bead) => `${bead.source}|${bead.target}` === `${source}|${target}`)!.score;
    expect(score([13], [20])).toBeGreaterThan(0.9); // the 30.000 / 800.000 sentence
    expect(score([], [33])).toBeGreaterThan(0.9); // Please enter your name here
  });

  it('reports clearly more evidence per sentence than for an article on the same war that it does not translate', () => {
    const unrelated = alignSentences(corpusDocument('000').text, corpusDocument('004').text, { sourceLang: 'nb', targetLang: 'en' });
    expect(alignment.model.evidence).toBeGreaterThan(0.5);
    expect(unrelated.model.evidence).toBeLessThan(alignment.model.evidence / 2);
  });
});

describe('alignSentences on a hand-aligned Norwegian–English bitext', () => {
  it('reaches the precision and recall floors', () => {
    const alignment = alignSentences(fixtureLines('nb-en-002.src'), fixtureLines('nb-en-002.tgt'), { sourceLang: 'nb', targetLang: 'en' });
    expectWellFormed(alignment);
    const { precision, recall } = strictScores(fixtureGold('nb-en-002.gold'), alignment.beads);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe('alignSentences scoring', () => {
  it('merges two sentences translated as one (2-1)', () => {
    const { beads } = alignSentences(
      ['Regjeringen la fram budsjettet i 2019.', 'Det kostet 30.000 kroner.', 'Stortinget vedtok det 27. mai.'],
      ['The government presented the budget in 2019, which cost 30,000 kroner.', 'Parliament adopted it on 27 May.'],
    );
    expect(beadsOf({ beads } as Alignment)).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [1] },
    ]);
  });

  it('leaves a sentence whose translation is missing as its own 1-0 or 0-1 bead, with confidence, not half of a merge', () => {
    // Forty numbered sentence pairs; one source sentence has lost its translation, two target sentences their source.
    const pairs = toySentences(40, 3).map(([nb, en], k) => [`${nb.slice(0, -1)} i ${1000 + k}.`, `${en.slice(0, -1)} in ${1000 + k}.`] as const);
    const source = pairs.filter((_, k) => k !== 25).map(([nb]) => nb);
    const target = pairs.filter((_, k) => k !== 10 && k !== 30).map(([, en]) => en);
    const { beads } = alignSentences(source, target);
    const unaligned = beads.filter((bead) => bead.source.length === 0 || bead.target.length === 0);
    expect(beadsOf({ beads: unaligned } as Alignment)).toEqual([
      { source: [10], target: [] },
      { source: [], target: [24] },
      { source: [29], target: [] },
    ]);
    expect(beads.every((bead) => bead.source.length <= 1 && bead.target.length <= 1)).toBe(true);
    for (const bead of unaligned) expect(bead.score).toBeGreaterThan(0.8);
  });

  it('does not let a number that recurs elsewhere drag the path out of place', () => {
    // hunalign's known failure: "Book 1" matched with "Chapter 1".
    const source = ['Bok 1', 'Han kom hjem sent på kvelden.', 'Hun ventet ved døren med lampen.', 'De snakket lenge om reisen.', 'Kapittel 2', 'Neste morgen regnet det.'];
    const target = ['He came home late in the evening.', 'She waited at the door with the lamp.', 'They talked for a long time about the journey.', 'Chapter 1', 'Chapter 2', 'The next morning it rained.'];
    const { beads } = alignSentences(source, target);
    const partner = (index: number) => beads.find((bead) => bead.source.includes(index))!.target;
    expect(partner(1)).toContain(0);
    expect(partner(2)).toContain(1);
    expect(partner(3)).toContain(2);
    expect(partner(4)).toContain(4);
    expect(partner(5)).toContain(5);
    expect(partner(0)).not.toContain(3);
  });

  it('uses a dictionary as evidence', () => {
    // The caller's dictionary alone: the built-in lexicon would give both runs the right pairs.
    const source = ['Hunden sov.', 'Katten lekte i hagen.', 'Bilen var rød.', 'Huset var gult.', 'Barna løp hjem.', 'Været ble verre.'];
    const target = ['The dog slept.', 'The cat played in the garden.', 'The car was red.', 'The house was yellow.', 'The children ran home.', 'The weather got worse.'];
    const helped = alignSentences(source, target, { realign: false, lexicon: false, dictionary: parseDictionary('dog @ hunden\ncat @ katten\nhagen\tgarden\ncar @ bilen\nhuset\thouse\nchildren @ barna\n') });
    const misled = alignSentences(source, target, { realign: false, lexicon: false, dictionary: parseDictionary('cat @ hunden\ndog @ katten\nhuset\tcar\nbilen\thouse\n') });
    expect(beadsOf(helped)).toEqual(source.map((_, index) => ({ source: [index], target: [index] })));
    const mean = (alignment: Alignment) => alignment.beads.reduce((sum, bead) => sum + bead.score, 0) / alignment.beads.length;
    expect(mean(helped)).toBeGreaterThan(mean(misled));
  });

  it('works for other language pairs with their BCP 47 tags', () => {
    const alignment = alignSentences(
      ['Die Nordwand ist 600 m hoch.', 'Wir erreichten den Gipfel am 9. September 1988.', 'Der Abstieg dauerte drei Stunden.'],
      ['La face nord est haute de 600 m.', 'Nous avons atteint le sommet le 9 septembre 1988.', 'La descente a duré trois heures.'],
      { sourceLang: 'de', targetLang: 'fr' },
    );
    expect(alignment.sourceLang).toBe('de');
    expect(beadsOf(alignment)).toEqual([0, 1, 2].map((index) => ({ source: [index], target: [index] })));
  });
});

describe('alignSentences on bad input', () => {
  it('aligns every sentence 1-0 when the target is empty, and 0-1 when the source is', () => {
    expect(alignSentences('Én. To.', '').beads).toEqual([
      { source: [0], target: [], score: 1 },
      { source: [1], target: [], score: 1 },
    ]);
    expect(alignSentences([], ['One.']).beads).toEqual([{ source: [], target: [0], score: 1 }]);
    expect(alignSentences('', '').beads).toEqual([]);
  });

  it('aligns identical texts one to one', () => {
    const text = corpusDocument('001').text;
    const alignment = alignSentences(text, text, { sourceLang: 'nb', targetLang: 'nb' });
    expectWellFormed(alignment);
    expect(alignment.beads.every((bead) => bead.source.length === 1 && bead.source[0] === bead.target[0])).toBe(true);
  });

  it('aligns a single sentence against a thousand', () => {
    const many = Array.from({ length: 1000 }, (_, index) => `Setning nummer ${index + 1} handler om noe annet.`);
    const alignment = alignSentences(['Sentence number 500 is about something else.'], many);
    expectWellFormed(alignment);
    expect(alignment.beads.find((bead) => bead.source.length > 0)!.target).toContain(499);
  });

  it('still aligns sensibly when the languages are swapped', () => {
    const alignment = alignSentences(corpusDocument('003').text, corpusDocument('000').text, { sourceLang: 'nb', targetLang: 'en' });
    expectWellFormed(alignment);
    const pairs = alignment.beads.filter((bead) => bead.source.length === 1 && bead.target.length === 1);
    expect(pairs.length).toBeGreaterThanOrEqual(15);
  });

  it('handles sentences of 100,000 characters', () => {
    const long = 'ord '.repeat(25_000);
    const alignment = alignSentences([long, 'Kort.'], [long, 'Short.']);
    expectWellFormed(alignment);
  });

  it('throws E_BUDGET past maxCells and E_INPUT for input that is not text', () => {
    const many = Array.from({ length: 300 }, (_, index) => `Line ${index}.`);
    expect(() => alignSentences(many, many, { maxCells: 1000 })).toThrow(expect.objectContaining({ code: 'E_BUDGET' }));
    expect(() => alignSentences(42 as unknown as string, 'x')).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
    expect(() => alignSentences('a', 'b', { maxBeadSize: 1 })).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });

  it('aligns long documents coarse to fine within the budget', () => {
    const source: string[] = [];
    const target: string[] = [];
    for (let index = 0; index < 3000; index += 1) {
      source.push(`Avsnitt ${index}: ${['Regjeringen', 'Stortinget', 'Kommunen'][index % 3]} vedtok ${index * 7} tiltak.`);
      target.push(`Section ${index}: ${['The government', 'Parliament', 'The municipality'][index % 3]} adopted ${index * 7} measures.`);
      if (index % 97 === 0) target.push('Photo: NTB');
    }
    const alignment = alignSentences(source, target);
    expectWellFormed(alignment);
    const pairs = alignment.beads.filter((bead: Bead) => bead.source.length === 1 && bead.target.length === 1);
    expect(pairs.length).toBeGreaterThanOrEqual(2950);
    expect(alignment.model.cells).toBeLessThan(3000 * 3000 / 10);
  });
});
