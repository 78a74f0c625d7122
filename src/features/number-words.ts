import type { NumberMention } from '../types.js';
import { numberWordsFor } from './data/number-words.js';

const WORD = /\p{L}+/gu;

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
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const start = match.index;
    const end = start + match[0].length;
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
    const mention: NumberMention = { start, end, value: value ?? factor!, kind: 'word', text: match[0] };
    mentions.push(mention);
    previous = mention;
  }
  return mentions;
}
