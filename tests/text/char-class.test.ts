import { describe, expect, it } from 'vitest';
import { charClass, CharClass, codePointAt, codePointBefore, isNumberPoint, isUppercasePoint } from '../../src/text/char-class.js';

describe('charClass', () => {
  it('agrees with \\p{L} and \\p{M} on ASCII, Latin, marks, other scripts and astral letters', () => {
    const samples = ['a', 'Z', '0', ' ', "'", 'é', 'ø', 'ß', '\u0301', 'Ж', 'ש', '中', '\u0903', '€', '\u00a0', '𝐀', '😀'];
    for (const sample of samples) {
      const expected = /^\p{L}$/u.test(sample) ? CharClass.Letter : /^\p{M}$/u.test(sample) ? CharClass.Mark : CharClass.Other;
      expect(charClass(sample.codePointAt(0)!), sample).toBe(expected);
    }
  });

  it('counts a lone surrogate as neither letter nor mark', () => {
    expect(charClass(0xd835)).toBe(CharClass.Other);
    expect(charClass(0xdc00)).toBe(CharClass.Other);
  });
});

describe('codePointAt and codePointBefore', () => {
  it('read a surrogate pair as one code point and a lone surrogate as itself', () => {
    const text = 'a𝐀\ud835b';
    expect(codePointAt(text, 1)).toBe(0x1d400);
    expect(codePointBefore(text, 3)).toBe(0x1d400);
    expect(codePointAt(text, 3)).toBe(0xd835);
    expect(codePointBefore(text, 4)).toBe(0xd835);
    expect(codePointBefore(text, 0)).toBe(-1);
  });
});

describe('isNumberPoint', () => {
  it('agrees with \\p{N} on digits of other scripts, superscripts, fractions and astral numbers', () => {
    const samples = ['0', '9', 'a', ' ', '٣', '²', '½', 'Ⅻ', '\u00a0', 'é', '𝟘', '😀'];
    for (const sample of samples) expect(isNumberPoint(sample.codePointAt(0)!), sample).toBe(/^\p{N}$/u.test(sample));
  });
});

describe('isUppercasePoint', () => {
  it('agrees with \\p{Lu} on ASCII, Latin, Greek, Cyrillic, title case and astral letters', () => {
    const samples = ['A', 'Z', 'a', '@', '[', 'Æ', 'ø', 'Ω', 'ω', 'Ж', 'ǅ', '中', '𝐀', '𝐚', '1'];
    for (const sample of samples) expect(isUppercasePoint(sample.codePointAt(0)!), sample).toBe(/^\p{Lu}$/u.test(sample));
  });
});
