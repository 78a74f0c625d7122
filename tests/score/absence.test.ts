import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { capitalisedShare, DEFAULT_ABSENCE, estimateAbsence, estimateAbsenceRates } from '../../src/score/absence.js';
import { TokenClass } from '../../src/score/evidence.js';
import { handSide, oneToOne } from '../helpers/side-evidence.js';

const number = (key: number) => ({ cls: TokenClass.Number, keys: [key] });
const name = (key: number) => ({ cls: TokenClass.Name, keys: [key], word: key });
const word = (key: number) => ({ cls: TokenClass.Word, keys: [key], word: key });

/** Per key, in how many sentences of the other side it occurs: keys in `present` once, the rest never. */
function frequencies(present: number[], size = 32): Uint32Array {
  const counts = new Uint32Array(size);
  for (const key of present) counts[key] = 1;
  return counts;
}

describe('estimateAbsence', () => {
  it('counts −log q for each number and non-initial name with no counterpart on the other side', () => {
    const side = handSide([
      [name(1), word(2), word(6), word(7), word(8), number(3), name(4)],
      [name(1), number(5)],
    ]);
    const absence = estimateAbsence(side, frequencies([5]), [0.1, 0.5]).evidence;
    // Sentence 0: the number 3 and the name 4 are absent; its first word (1) is not evidence.
    expect(absence[0]).toBeCloseTo(-Math.log(0.1) - Math.log(0.5), 9);
    // Sentence 1: its number is present on the other side; its only name is its first word.
    expect(absence[1]).toBe(0);
  });

  it('ignores ordinary words and tokens without keys, and caps a sentence full of absent numbers', () => {
    const side = handSide([
      [word(1), word(2), { cls: TokenClass.Name, keys: [] }],
      Array.from({ length: 12 }, (_, index) => number(10 + index)),
    ]);
    const absence = estimateAbsence(side, frequencies([]), DEFAULT_ABSENCE).evidence;
    expect(absence[0]).toBe(0);
    expect(absence[1]).toBe(5);
  });

  it('does not count capitalised words where capitals mark nouns rather than names', () => {
    // Two of the three words after the first capitalised, as in a language that capitalises every noun.
    const side = handSide([[word(1), name(2), word(3), name(4), number(5)]]);
    expect(capitalisedShare(side)).toBeCloseTo(2 / 3, 9);
    expect(estimateAbsence(side, frequencies([]), [0.1, 0.1]).evidence[0]).toBeCloseTo(-Math.log(0.1), 9);
  });
});

describe('estimateAbsence: absent numbers', () => {
  it('counts the numbers of each sentence that the other side lacks, names aside', () => {
    const side = handSide([[word(1), number(2), number(3), name(4), number(5)], [word(6)]]);
    expect([...estimateAbsence(side, frequencies([3])).numbers]).toEqual([2, 0]);
  });
});

describe('estimateAbsenceRates', () => {
  it('is the share of numbers and names of 1-1 beads absent from the other side, shrunk towards the prior', () => {
    const side = handSide([
      [word(1), number(2), name(3)],
      [word(1), number(4), name(5)],
    ]);
    // Number 2 and name 3 are present on the other side; number 4 and name 5 are not.
    const rates = estimateAbsenceRates([oneToOne(0, 0), oneToOne(1, 1)], side, 'source', frequencies([2, 3]), [0.5, 0.5]);
    expect(rates[0]).toBeCloseTo((1 + 10 * 0.5) / (2 + 10), 9);
    expect(rates[1]).toBeCloseTo((1 + 10 * 0.5) / (2 + 10), 9);
    expect(estimateAbsenceRates([], side, 'source', frequencies([]))).toEqual(DEFAULT_ABSENCE);
  });
});

describe('absence evidence in the aligner', () => {
  // Written for this test: the English leaves out Norwegian sentence 2, whose number (a year) and
  // name occur nowhere in the English, beside a sentence it could merge with.
  const norwegian = [
    'Kommunen vil bygge en ny bro over elva neste år.',
    'Arbeidet skal begynne til våren og ta omtrent et år.',
    'Den gamle brua fra 1938 ble tegnet av ingeniøren Halvorsen.',
    'Mange innbyggere har ventet lenge på en bedre vei til sentrum.',
    'Ordføreren sier at prosjektet er godt planlagt.',
  ];
  const english = [
    'The council will build a new bridge over the river next year.',
    'The work is to start in the spring and take about a year.',
    'Many residents have long waited for a better road to the centre.',
    'The mayor says that the project is well planned.',
  ];

  it('leaves a sentence whose number and name the other side lacks as its own 1-0 bead', () => {
    const { beads } = alignSentences(norwegian, english, { sourceLang: 'nb', targetLang: 'en' });
    expect(beads.map((bead) => `${bead.source}|${bead.target}`)).toContain('2|');
  });

  it('keeps two sentences whose figures all differ as one bead, so that the changed figures are checked', () => {
    const source = ['Kampen startet i går.', 'Tider: 10,5 11,2 12,8 13,1 14,6', 'Alle kom i mål.'];
    const target = ['The race started yesterday.', 'Times: 20.5 21.2 22.8 23.1 24.6', 'Everyone finished.'];
    const { beads } = alignSentences(source, target, { sourceLang: 'nb', targetLang: 'en' });
    expect(beads.map((bead) => `${bead.source}|${bead.target}`)).toContain('1|1');
  });
});
