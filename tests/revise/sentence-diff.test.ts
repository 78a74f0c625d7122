import { describe, expect, it } from 'vitest';
import { diffSentences, normaliseSentence, similarity } from '../../src/revise/sentence-diff.js';

describe('normaliseSentence', () => {
  it('folds quotation marks, dashes and white space', () => {
    expect(normaliseSentence('  «Nei» – sa  han,\n„ja“ ‘kanskje’ — “x”. ')).toBe('"Nei" - sa han, "ja" \'kanskje\' - "x".');
  });

  it('leaves letters, case and other punctuation alone', () => {
    expect(normaliseSentence('Blåbær! Hvorfor?')).toBe('Blåbær! Hvorfor?');
  });
});

describe('similarity', () => {
  it('is one minus the edit distance over the longer length', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abcd', 'abce')).toBe(0.75);
    expect(similarity('abc', '')).toBe(0);
    expect(similarity('', '')).toBe(1);
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 12);
  });
});

describe('diffSentences', () => {
  it('finds nothing changed between versions that differ only in white space and quotation style', () => {
    expect(diffSentences(['«Nei», sa han.', 'Han  dro.'], ['"Nei", sa han.', 'Han dro.'])).toEqual([
      { type: 'unchanged', old: 0, new: 0 },
      { type: 'unchanged', old: 1, new: 1 },
    ]);
  });

  it('pairs a changed sentence with its new form as edited', () => {
    expect(diffSentences(['Start.', 'Krigen krevde 30 liv.', 'Slutt.'], ['Start.', 'Krigen krevde 36 liv.', 'Slutt.'])).toEqual([
      { type: 'unchanged', old: 0, new: 0 },
      { type: 'edited', old: 1, new: 1 },
      { type: 'unchanged', old: 2, new: 2 },
    ]);
  });

  it('marks a new sentence inserted before the edited one it comes ahead of', () => {
    expect(diffSentences(['Start.', 'Krigen krevde 30 liv.', 'Slutt.'], ['Start.', 'Været var fint i hele landet.', 'Krigen krevde 36 liv.', 'Slutt.'])).toEqual([
      { type: 'unchanged', old: 0, new: 0 },
      { type: 'inserted', new: 1 },
      { type: 'edited', old: 1, new: 2 },
      { type: 'unchanged', old: 2, new: 3 },
    ]);
  });

  it('marks a rewritten sentence deleted and inserted when too little of it is left', () => {
    expect(diffSentences(['Han dro hjem.', 'Slutt.'], ['Været var fint i hele landet.', 'Slutt.'])).toEqual([
      { type: 'deleted', old: 0 },
      { type: 'inserted', new: 0 },
      { type: 'unchanged', old: 1, new: 1 },
    ]);
  });

  it('takes the similarity needed for an edit from its third argument', () => {
    const oldTexts = ['Krigen krevde 30 liv.'];
    const newTexts = ['Krigen krevde 36 liv.'];
    expect(diffSentences(oldTexts, newTexts, 0.9)).toEqual([{ type: 'edited', old: 0, new: 0 }]);
    expect(diffSentences(oldTexts, newTexts, 0.99)).toEqual([
      { type: 'deleted', old: 0 },
      { type: 'inserted', new: 0 },
    ]);
  });

  it('marks a sentence that reappears unchanged elsewhere as moved', () => {
    expect(diffSentences(['A sentence here.', 'B is next.', 'C is last.'], ['B is next.', 'C is last.', 'A sentence here.'])).toEqual([
      { type: 'moved', old: 0, new: 2 },
      { type: 'unchanged', old: 1, new: 0 },
      { type: 'unchanged', old: 2, new: 1 },
    ]);
  });

  it('deletes a repeated sentence that is now there once', () => {
    expect(diffSentences(['Ja.', 'Ja.', 'Nei.'], ['Ja.', 'Nei.'])).toEqual([
      { type: 'unchanged', old: 0, new: 0 },
      { type: 'deleted', old: 1 },
      { type: 'unchanged', old: 2, new: 1 },
    ]);
  });

  it('handles empty versions', () => {
    expect(diffSentences([], [])).toEqual([]);
    expect(diffSentences([], ['Ny.'])).toEqual([{ type: 'inserted', new: 0 }]);
    expect(diffSentences(['Gammel.'], [])).toEqual([{ type: 'deleted', old: 0 }]);
  });

  it('accounts for every old and every new sentence exactly once', () => {
    const oldTexts = ['En.', 'To to to.', 'Tre.', 'Fire er fire.', 'Fem.', 'Seks.'];
    const newTexts = ['Fem.', 'En.', 'To to tå.', 'Noe helt nytt her.', 'Fire er fire!', 'Sju.'];
    const changes = diffSentences(oldTexts, newTexts);
    const olds = changes.flatMap((change) => (change.old === undefined ? [] : [change.old])).sort();
    const news = changes.flatMap((change) => (change.new === undefined ? [] : [change.new])).sort();
    expect(olds).toEqual([0, 1, 2, 3, 4, 5]);
    expect(news).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
