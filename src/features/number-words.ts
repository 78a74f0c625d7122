import type { NumberMention } from '../types.js';
import { numberWordsFor } from './data/number-words.js';
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
    index += first > 0xffff ? 2 : 1;
    while (index < text.length) {
      const next = codePointAt(text, index);
      if (charClass(next) !== CharClass.Letter) break;
      index += next > 0xffff ? 2 : 1;
    }
    const end = index;
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
