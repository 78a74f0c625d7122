import { isTitle } from './data/stopwords.js';
import { charClass, CharClass, codePointAt, isNumberPoint } from '../text/char-class.js';
import { wordStart } from '../text/words.js';

/** A word of a sentence, and whether it opens the sentence, a quotation or a clause after a colon. */
export interface Token {
  text: string;
  start: number;
  end: number;
  sentenceInitial: boolean;
}

/** The words of a sentence (hyphenated and apostrophised words whole), each marked sentence-initial or not. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  // The words `\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*`, walked by char code.
  for (let start = wordStart(text, 0); start >= 0; start = wordStart(text, previousEnd)) {
    const end = tokenEnd(text, start);
    // Most words follow a single space, which none of the patterns below match: they are not tried.
    const plain = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 0x20;
    const between = plain ? ' ' : text.slice(previousEnd, start);
    // A quotation or a bracket that opens a sentence, or a clause after a colon or comma
    // (`sa: «Aldri …»`), starts it as a full stop does: its capital proves nothing either. A
    // quoted term mid-clause (`the so-called “Minsk group”`) keeps its capital's evidence. A
    // straight quote after a comma and before a space closes a quotation (English `," Trump
    // said`): an opening one stands against its word (`, "Never`).
    const sentenceInitial =
      tokens.length === 0 ||
      (!plain && (/[.!?:]["»”’)]*\s+$|^\s*[–—-]\s/u.test(between) || /[–—]\s+$/.test(between) || /(?:^|[:,;]\s*)(?:[«“‘(\[]+\s*|["']+)$/u.test(between)));
    // After an abbreviated title (`Mr. Merriweather`, `Dr. Ali`) the point ends no sentence.
    const afterTitle = !plain && /^\.\s+$/.test(between) && tokens.length > 0 && isTitle(tokens[tokens.length - 1]!.text);
    tokens.push({ text: text.slice(start, end), start, end, sentenceInitial: sentenceInitial && !afterTitle });
    previousEnd = end;
  }
  return tokens;
}

/**
 * Where the word that starts at `start` (a letter) ends: past its letters, marks and numbers,
 * and past each hyphen or apostrophe followed by a letter and its own run.
 */
function tokenEnd(text: string, start: number): number {
  let index = start + (codePointAt(text, start) > 0xffff ? 2 : 1);
  for (;;) {
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code < 0x80) {
        if (((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
          index += 1;
          continue;
        }
        break;
      }
      const point = codePointAt(text, index);
      if (charClass(point) === CharClass.Other && !isNumberPoint(point)) break;
      index += point > 0xffff ? 2 : 1;
    }
    const joiner = text.charCodeAt(index);
    if ((joiner === 0x2d || joiner === 0x27 || joiner === 0x2019) && index + 1 < text.length && charClass(codePointAt(text, index + 1)) === CharClass.Letter) {
      index += 1 + (codePointAt(text, index + 1) > 0xffff ? 2 : 1);
      continue;
    }
    return index;
  }
}

/** Sentences most recently tokenized by {@link sentenceTokens}, with their tokens; cleared when full. */
const RECENT = new Map<string, readonly Token[]>();
/** More than a document's sentences, so that a document's second reading finds its first. */
const RECENT_MAX = 512;

/**
 * {@link tokenize}, remembered for the last few hundred sentences: a document's sentences are
 * tokenized to collect its known names (`collectKnownNames`), then each again to find its names
 * (`extractNames`), the same strings one after the other. The tokens are shared: read only.
 */
export function sentenceTokens(text: string): readonly Token[] {
  const known = RECENT.get(text);
  if (known !== undefined) return known;
  if (RECENT.size >= RECENT_MAX) RECENT.clear();
  const tokens = tokenize(text);
  RECENT.set(text, tokens);
  return tokens;
}

/** Whether a word begins with a capital. */
export function isCapitalised(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase();
}

/** Whether a word is written in capitals only (`USA`, `HARD`). */
export function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}
