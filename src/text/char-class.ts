/** What a code point is to the word patterns: a letter (`\p{L}`), a mark (`\p{M}`) or neither. */
export const enum CharClass {
  Letter = 1,
  Mark = 2,
  Other = 3,
}

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

/**
 * `compute` (a small number, 1 to 255, of a one-character string) remembered per code point: one
 * regex test per distinct character, not per character of the text. Each table of the BMP is
 * filled in as code points are met (0: not asked yet).
 */
function rememberedPerPoint(compute: (char: string) => number): (codePoint: number) => number {
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  return (codePoint) => {
    if (codePoint < 0x10000) {
      let known = bmp[codePoint]!;
      if (known === 0) {
        known = compute(String.fromCharCode(codePoint));
        bmp[codePoint] = known;
      }
      return known;
    }
    let known = astral.get(codePoint);
    if (known === undefined) {
      known = compute(String.fromCodePoint(codePoint));
      astral.set(codePoint, known);
    }
    return known;
  };
}

const classOf = rememberedPerPoint((char) => (LETTER.test(char) ? CharClass.Letter : MARK.test(char) ? CharClass.Mark : CharClass.Other));

/**
 * The class of a code point, as a `u`-flag regular expression sees it (a lone surrogate is a
 * code point of its own, neither letter nor mark). Lets hot loops walk text by char code instead
 * of allocating a match per word.
 */
export function charClass(codePoint: number): CharClass {
  if (codePoint < 0x80) {
    return (codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a ? CharClass.Letter : CharClass.Other;
  }
  return classOf(codePoint) as CharClass;
}

/** 1 for a code point that matches `pattern` (one character), 2 for one that does not, remembered per point. */
const pointTest = (pattern: RegExp) => rememberedPerPoint((char) => (pattern.test(char) ? 1 : 2));

const isNonAsciiNumber = pointTest(/^\p{N}$/u);
const isNonAsciiUppercase = pointTest(/^\p{Lu}$/u);

/** Whether a code point is a number (`\p{N}`: digits of any script, `²`, `½`, Roman numerals), as a `u`-flag pattern sees it. */
export function isNumberPoint(codePoint: number): boolean {
  return codePoint < 0x80 ? codePoint >= 0x30 && codePoint <= 0x39 : isNonAsciiNumber(codePoint) === 1;
}

/** Whether a code point is an upper-case letter (`\p{Lu}`), as a `u`-flag pattern sees it. */
export function isUppercasePoint(codePoint: number): boolean {
  return codePoint < 0x80 ? codePoint >= 0x41 && codePoint <= 0x5a : isNonAsciiUppercase(codePoint) === 1;
}

/** The code point at `index` (a surrogate pair read as one, as a `u`-flag pattern reads it). */
export function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** The code point that ends just before `index` (a surrogate pair read as one), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
  }
  return code;
}
