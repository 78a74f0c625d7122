import type { NumberMention } from '../types.js';
import { numberWordsFor, type NumberWordTable } from './data/number-words.js';
import { charClass, CharClass, codePointAt } from '../text/char-class.js';

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Numbers written in words (`tre`, `twenty-five`, `to millioner`, `three trillion`): a
 * multiplier word scales the number word before it, and a ten takes a unit after it.
 */
export function extractNumberWords(text: string, rules: 'nb' | 'en' | undefined): NumberMention[] {
  const table = numberWordsFor(rules);
  if (table.values.size === 0) return [];
  const shape = asciiShape(table);
  const mentions: NumberMention[] = [];
  let previous: NumberMention | undefined;
  // Runs of letters (`\p{L}+`), walked by char code: a match object per word of every sentence
  // costs more than the look-ups.
  let index = 0;
  while (index < text.length) {
    const first = codePointAt(text, index);
    if (charClass(first) !== CharClass.Letter) {
      index += first > 0xffff ? 2 : 1;
      continue;
    }
    const start = index;
    let ascii = first < 0x80;
    index += first > 0xffff ? 2 : 1;
    while (index < text.length) {
      const next = codePointAt(text, index);
      if (charClass(next) !== CharClass.Letter) break;
      if (next >= 0x80) ascii = false;
      index += next > 0xffff ? 2 : 1;
    }
    const end = index;
    // An ASCII word lower-cases to an ASCII word of its length: one of another length or first
    // letter than every ASCII number word is none (most words of a text).
    if (ascii && (end - start < shape.shortest || end - start > shape.longest || !shape.first.has(first | 0x20))) {
      previous = undefined;
      continue;
    }
    const surface = text.slice(start, end);
    const word = surface.toLowerCase();
    const value = table.values.get(word);
    const factor = table.multipliers.get(word);
    const adjacent = previous !== undefined && /^[\s-]*$/.test(text.slice(previous.end, start));
    if (factor !== undefined && adjacent && previous!.kind === 'word') {
      previous!.value = round(previous!.value * factor);
      previous!.end = end;
      previous!.text = text.slice(previous!.start, end);
      continue;
    }
    if (value === undefined && factor === undefined) {
      previous = undefined;
      continue;
    }
    if (value !== undefined && adjacent && previous!.kind === 'word' && previous!.value >= 20 && previous!.value % 10 === 0 && value < 10) {
      // twenty-five, tjue fem
      previous!.value += value;
      previous!.end = end;
      previous!.text = text.slice(previous!.start, end);
      continue;
    }
    const mention: NumberMention = { start, end, value: value ?? factor!, kind: 'word', text: surface };
    mentions.push(mention);
    previous = mention;
  }
  return mentions;
}

/** Lengths and first letters of a table's ASCII words (`values` and `multipliers`). */
interface AsciiShape {
  shortest: number;
  longest: number;
  first: ReadonlySet<number>;
}

const SHAPES = new WeakMap<NumberWordTable, AsciiShape>();

function asciiShape(table: NumberWordTable): AsciiShape {
  let shape = SHAPES.get(table);
  if (shape === undefined) {
    const words = [...table.values.keys(), ...table.multipliers.keys()].filter((word) => /^[\0-\x7f]+$/.test(word));
    shape = {
      shortest: Math.min(...words.map((word) => word.length)),
      longest: Math.max(...words.map((word) => word.length)),
      first: new Set(words.map((word) => word.charCodeAt(0) | 0x20)),
    };
    SHAPES.set(table, shape);
  }
  return shape;
}
