import { describe, expect, it } from 'vitest';
import { contentChanges, isMinorEdit, wordChanges } from '../../src/revise/word-change.js';

describe('wordChanges', () => {
  it('gives the word-level diff, white space kept, so the parts rebuild both versions', () => {
    const oldText = 'Krigen krevde 30 liv.';
    const newText = 'Krigen krevde 36 liv.';
    const words = wordChanges(oldText, newText);
    expect(words).toEqual([
      { type: 'same', text: 'Krigen krevde ' },
      { type: 'removed', text: '30' },
      { type: 'added', text: '36' },
      { type: 'same', text: ' liv.' },
    ]);
    expect(words.filter((word) => word.type !== 'added').map((word) => word.text).join('')).toBe(oldText);
    expect(words.filter((word) => word.type !== 'removed').map((word) => word.text).join('')).toBe(newText);
  });

  it('shows changes of white space and punctuation as changes of their own', () => {
    expect(wordChanges('Han  dro hjem.', 'Han dro hjem!')).toEqual([
      { type: 'same', text: 'Han' },
      { type: 'removed', text: '  ' },
      { type: 'added', text: ' ' },
      { type: 'same', text: 'dro hjem' },
      { type: 'removed', text: '.' },
      { type: 'added', text: '!' },
    ]);
  });

  it('gives one added part for a sentence that was empty', () => {
    expect(wordChanges('', 'Ny.')).toEqual([{ type: 'added', text: 'Ny.' }]);
  });
});

describe('contentChanges', () => {
  it('reports a number that changed value, as written', () => {
    expect(contentChanges('Krigen krevde 30.000 liv.', 'Krigen krevde 36.000 liv.', 'nb')).toEqual(['30.000 → 36.000']);
  });

  it('reports a number dropped and a name replaced', () => {
    expect(contentChanges('Forsvarsdepartementet i Baku sier at 12 soldater døde.', 'Forsvarsdepartementet i Jerevan sier at soldater døde.', 'nb')).toEqual([
      '12 → –',
      'Baku → Jerevan',
    ]);
  });

  it('ignores numbers reordered, numbers rewritten with the same value, and names respelt', () => {
    expect(contentChanges('Mellom 3 og 15 hus.', 'Mellom 15 og 3 hus.', 'nb')).toEqual([]);
    expect(contentChanges('Det var 30.000 mennesker.', 'Det var 30 000 mennesker.', 'nb')).toEqual([]);
    expect(contentChanges('Pasjinian kom.', 'Pashinyan kom.', 'nb')).toEqual([]);
  });

  it('reads numbers by the conventions of the language given', () => {
    // In English 30.000 is thirty, not thirty thousand.
    expect(contentChanges('They were 30,000 people.', 'They were 30.000 people.', 'en')).toEqual(['30,000 → 30.000']);
    expect(contentChanges('De var 30.000 mennesker.', 'De var 30 000 mennesker.', 'nb')).toEqual([]);
  });
});

describe('isMinorEdit', () => {
  const minor = (oldText: string, newText: string) => isMinorEdit(wordChanges(oldText, newText), contentChanges(oldText, newText, 'nb'));

  it('accepts changes of white space, punctuation and case', () => {
    expect(minor('Han  dro hjem.', 'Han dro hjem!')).toBe(true);
    expect(minor('«Nei», sa han.', '"Nei" sa han')).toBe(true);
    expect(minor('han dro hjem.', 'Han dro hjem.')).toBe(true);
  });

  it('accepts typo fixes of up to two letters a word', () => {
    expect(minor('Regjeringen vil gjenerobrer området.', 'Regjeringen vil gjenerobre området.')).toBe(true);
    expect(minor('Saken går til Stortniget.', 'Saken går til Stortinget.')).toBe(true);
    expect(minor('Reigjeringen møttes.', 'Regjeringen møtes.')).toBe(true);
  });

  it('refuses a word replaced, a short word changed, or words added', () => {
    expect(minor('Han dro hjem i går.', 'Han løp hjem i går.')).toBe(false);
    expect(minor('Hun og han dro.', 'Hun i han dro.')).toBe(false);
    // Words under four letters must keep their letters: bill and bil are different words.
    expect(minor('Han kjøpte en bill i går.', 'Han kjøpte en bil i går.')).toBe(false);
    expect(minor('Han dro hjem.', 'Han dro hjem igjen.')).toBe(false);
    expect(minor('Regjeringen sier ja.', 'Opposisjonen sier ja.')).toBe(false);
  });

  it('refuses any edit that changed a number or a name, however small', () => {
    expect(minor('Krigen krevde 30 liv.', 'Krigen krevde 36 liv.')).toBe(false);
    expect(isMinorEdit(wordChanges('Han dro.', 'Han dro!'), ['Baku → Jerevan'])).toBe(false);
  });
});
