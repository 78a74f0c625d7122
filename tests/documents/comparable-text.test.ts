import { describe, expect, it } from 'vitest';
import { comparableHash, comparableText } from '../../src/documents/comparable-text.js';

/** A seeded generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('comparableHash', () => {
  it('reads as white space exactly what \\s matches, every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      const space = /\s/.test(char);
      // A lone space between two letters: the same hash as one space there, or as the character itself.
      expect(comparableHash(`a${char}b`) === comparableHash('a b'), `U+${code.toString(16)}`).toBe(space);
    }
  });

  it('gives texts the same hash exactly when their comparable texts are the same', () => {
    const next = random(7);
    const alphabet = ['a', 'b', 'ø', ' ', '\n', '\t', '\u00a0', '\u3000', '.'];
    const texts = Array.from({ length: 4000 }, () => Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    const byHash = new Map<number, string>();
    for (const text of texts) {
      const hash = comparableHash(text);
      expect(hash === -1).toBe(comparableText(text) === '');
      const seen = byHash.get(hash);
      if (seen === undefined) byHash.set(hash, comparableText(text));
      else expect(seen).toBe(comparableText(text));
    }
    // Thousands of distinct comparable texts, none lost to a collision.
    expect(byHash.size).toBe(new Set(texts.map(comparableText)).size);
    expect(byHash.size).toBeGreaterThan(1000);
  });
});
