import type { PunctuationProfile } from '../types.js';
import { textArgument } from '../options.js';
import { charClass, CharClass, codePointAt, codePointBefore } from '../text/char-class.js';

const DIALOGUE_DASH = /^\s*[–—]\s/;

/**
 * Counts the punctuation that tends to survive translation. Apostrophes inside words (`it’s`,
 * `Armenia’s`) are not quotes. One pass over the char codes: this runs on every sentence of
 * every document the aligner reads.
 */
export function profilePunctuation(text: string): PunctuationProfile {
  textArgument(text, 'text', 'profilePunctuation');
  let question = 0;
  let exclamation = 0;
  let quote = 0;
  let bracket = 0;
  let colon = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    switch (code) {
      case 0x3f: // ?
      case 0xbf: // ¿
        question += 1;
        break;
      case 0x21: // !
      case 0xa1: // ¡
        exclamation += 1;
        break;
      case 0xab: // «
      case 0xbb: // »
      case 0x201c: // “
      case 0x201d: // ”
      case 0x201e: // „
      case 0x22: // "
        quote += 1;
        break;
      case 0x2018: // ‘
      case 0x2019: // ’
      case 0x27: // '
        // A quote unless it stands between two letters (an apostrophe: `it’s`).
        if (!isLetter(codePointBefore(text, index)) || !isLetter(index + 1 < text.length ? codePointAt(text, index + 1) : -1)) quote += 1;
        break;
      case 0x28: // (
      case 0x29: // )
      case 0x5b: // [
      case 0x5d: // ]
      case 0x7b: // {
      case 0x7d: // }
        bracket += 1;
        break;
      case 0x3a: {
        // A colon, but not inside a clock time or a ratio (`14:30`).
        const next = text.charCodeAt(index + 1);
        if (!(next >= 0x30 && next <= 0x39)) colon += 1;
        break;
      }
      default:
        break;
    }
  }
  return { question, exclamation, quote, bracket, dialogueDash: DIALOGUE_DASH.test(text) ? 1 : 0, colon };
}

function isLetter(codePoint: number): boolean {
  return codePoint >= 0 && charClass(codePoint) === CharClass.Letter;
}
