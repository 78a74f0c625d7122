import { charClass, CharClass, codePointAt } from './char-class.js';

/**
 * Where the next word (`\p{L}[\p{L}\p{M}]*`, the `WORD` of the aligner, the checks and pairing)
 * starts at or after `from`, or -1. With {@link wordEnd}, walks a text's words by char code,
 * without a match object per word.
 */
export function wordStart(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return index;
      index += 1;
      continue;
    }
    const point = codePointAt(text, index);
    if (charClass(point) === CharClass.Letter) return index;
    index += point > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Where the word that starts at `start` ends: past its last letter or mark. */
export function wordEnd(text: string, start: number): number {
  let index = start + (codePointAt(text, start) > 0xffff ? 2 : 1);
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        index += 1;
        continue;
      }
      return index;
    }
    const point = codePointAt(text, index);
    if (charClass(point) === CharClass.Other) return index;
    index += point > 0xffff ? 2 : 1;
  }
  return index;
}
