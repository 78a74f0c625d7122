import { describe, expect, it } from 'vitest';
import { WordFacts } from '../../src/analysis/word-facts.js';
import { cognateKey, INDEX_COGNATE_LETTERS } from '../../src/analysis/cognate.js';

describe('WordFacts', () => {
  it('gives a word met in any text the facts worked out from the word itself', () => {
    const facts = WordFacts.of('nb');
    const text = 'Pasjinian møtte russiske NATO-folk i Jerevan';
    for (const [word, name] of [['Pasjinian', true], ['møtte', false], ['russiske', true], ['Jerevan', true]] as const) {
      const from = text.indexOf(word);
      const index = facts.index(text, from, from + word.length);
      expect(facts.surface(index)).toBe(word);
      expect(facts.lower(index)).toBe(word.toLowerCase());
      expect(facts.cognate(index)).toBe(cognateKey(word, 'nb'));
      expect(facts.isName(index), word).toBe(name);
    }
    // The same word in another text is the same entry.
    const again = 'Jerevan';
    expect(facts.index(again, 0, again.length)).toBe(facts.index(text, text.indexOf('Jerevan'), text.length));
  });

  it('keeps rule sets apart, and stays right after a full table starts afresh', () => {
    expect(WordFacts.of('en').cognate(WordFacts.of('en').index('Pashinyan', 0, 9))).toBe(cognateKey('Pashinyan', 'en'));
    const facts = WordFacts.of(undefined);
    for (let n = 0; n < 100_050; n += 1) {
      const word = `w${n.toString(36)}`;
      const index = facts.index(word, 0, word.length);
      if (n % 10_007 === 0 || n >= 100_000) expect(facts.surface(index)).toBe(word);
    }
    const word = 'Erdoğan';
    expect(facts.cognate(facts.index(word, 0, word.length))).toBe(cognateKey(word, undefined));
  });

  it("gives pairing's index key: five letters of the word's key, or none for a short word", () => {
    const facts = WordFacts.of('nb');
    const text = 'Aserbajdsjan og Azerbaijan, NATO og to';
    const key = (word: string) => {
      const from = text.indexOf(word);
      return facts.indexKey(facts.index(text, from, from + word.length));
    };
    expect(key('Aserbajdsjan')).toBe(`c:${cognateKey('Aserbajdsjan', 'nb', INDEX_COGNATE_LETTERS)}`);
    expect(key('Aserbajdsjan')).toHaveLength(2 + INDEX_COGNATE_LETTERS);
    expect(key('Aserbajdsjan')).toBe(key('Azerbaijan'));
    expect(key('NATO')).toBe('c:nato');
    expect(key('to')).toBe('');
  });
});
