import { describe, expect, it } from 'vitest';
import { transliterate } from '../../src/features/transliterate.js';
import type { KnownLanguage } from '../../src/text/language.js';

/** The rules as a chain of regex replacements, the way they are specified. */
function reference(word: string, rules: KnownLanguage | undefined): string {
  let key = word;
  if (rules === 'nb') key = key.replace(/tsj/g, 'ch').replace(/skj/g, 'sh').replace(/dsj/g, 'J').replace(/sj/g, 'sh').replace(/kj/g, 'ch').replace(/zj/g, 'zh').replace(/j/g, 'y');
  else if (rules === 'en') key = key.replace(/j/g, 'J').replace(/ph/g, 'f').replace(/ck/g, 'k');
  else key = key.replace(/tsch/g, 'ch').replace(/sch/g, 'sh');
  return key
    .replace(/ch/g, 'Č').replace(/c(?=[eiy])/g, 's').replace(/c/g, 'k').replace(/Č/g, 'ch')
    .replace(/q/g, 'k').replace(/x/g, 'ks').replace(/w/g, 'v').replace(/z/g, 's').replace(/y/g, 'i')
    .replace(/th/g, 't').replace(/gh/g, 'g').replace(/J/g, 'dj').replace(/(.)\1+/g, '$1');
}

describe('transliterate', () => {
  it('maps spellings of one name in different languages onto one key', () => {
    expect(transliterate('pasjinian', 'nb')).toBe('pashinian');
    expect(transliterate('pashinyan', 'en')).toBe('pashinian');
    expect(transliterate('jerevan', 'nb')).toBe(transliterate('yerevan', 'en'));
    expect(transliterate('aserbajdsjan', 'nb')).toBe('aserbaidjan');
    expect(transliterate('azerbaijan', 'en')).toBe('aserbaidjan');
  });

  it('agrees with the rules applied as regex replacements, on every rule set', () => {
    const pieces = ['tsj', 'skj', 'dsj', 'sj', 'kj', 'zj', 'j', 'J', 'ph', 'ck', 'tsch', 'sch', 'ch', 'Č', 'c', 'e', 'i', 'y', 'q', 'x', 'w', 'z', 'th', 'gh', 'h', 's', 't', 'g', 'a', 'k', 'd', 'll', '\n\n', 'é', '😀'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let round = 0; round < 3000; round += 1) {
      let word = '';
      for (let k = 0; k < 1 + (round % 9); k += 1) word += pieces[next()];
      for (const rules of ['nb', 'en', undefined] as const) expect(transliterate(word, rules), `${word} (${rules})`).toBe(reference(word, rules));
    }
  });

  it('handles the empty word and a word longer than its scratch buffers', () => {
    expect(transliterate('', 'nb')).toBe('');
    const long = 'xjch'.repeat(5000);
    expect(transliterate(long, 'en')).toBe(reference(long, 'en'));
  });
});
