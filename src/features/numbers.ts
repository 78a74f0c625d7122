import type { NumberKind, NumberMention } from '../types.js';
import { resolveLanguage, usesDecimalComma, type Language } from '../text/language.js';
import { PERCENT_WORDS } from './data/number-words.js';
import { CURRENCY_BEFORE } from './data/units.js';
import { readCenturies, readUnits, spreadRanges } from './number-units.js';
import { extractNumberWords } from './number-words.js';
import { optionsObject, textArgument } from '../options.js';
import { ownEntry } from '../text/own-entry.js';

/** Options of {@link extractNumbers}. */
export interface NumberOptions {
  /**
   * BCP 47 language of the text; decides whether `2,500` is 2.5 (nb, de, fr …) or 2500 (en) and
   * which number words are recognised.
   * A `Language` from `resolveLanguage` is taken as it is (resolved once by the caller).
   * @default 'nb'
   */
  lang?: string | Language;
}

// A numeral: digit groups separated by thin/no-break/plain spaces (thousands only), or by points and commas.
const NUMERAL =
  /(?<![\p{L}\p{N}]|[\p{N}][.,])(\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3}(?!\d))+|\d+(?:[.,:]\d+)*)(?:(st|nd|rd|th)\b|(\.)(?=\s+\p{Ll})|(-?tallet|s\b|'s\b))?/gu;
const AFTER_NUMBER = /^\s*(uhr\b|%|prosentpoeng|prosent|pst\.?|percentage points?|percent|per cent|pct\.?|mill\.|millioner|million|millions|mrd\.|milliarder|milliard|billioner|billion|billions|trillion|trillions|tusen|thousand|hundre|hundred|a\.m\.|p\.m\.|am\b|pm\b)/iu;
// English scale suffixes (`£2.8bn`, `$5 mn`, `£125m`, `£50k`): `bn`, `mn` and `tn` always; `m` and
// `k` only after a currency, since `100m` and `5k` are metres and races elsewhere.
const SCALE_SUFFIX = /^\s?(bn|mn|tn)(?![\p{L}\p{N}])|^(m|k)(?![\p{L}\p{N}])/u;
const BEFORE_TIME = /\b(kl|klokka|klokken)\.?\s*$/iu;
const H_TIME = /(?<![\p{L}\p{N}])(\d{1,2}) ?h ?(\d{2})(?![\p{L}\p{N}])/gu;

/**
 * Finds the numbers in a sentence and normalises each to a value that does not depend on the
 * language: `30.000` (nb) and `30,000` (en) are 30000, `2,5` (nb) and `2.5` (en) are 2.5,
 * `65 prosent` and `65%` are percentages of 65, `1,5 mill.` is 1500000, `kl. 14.30` and
 * `2:30 p.m.` are times (14.5), `1990-tallet` and `1990s` decades, `27.` before a lower-case
 * word and `27th` ordinals, and the number words `to`/`two`, `seks`/`six`, `tusen`/`thousand`.
 *
 * @returns the numbers in text order, each with its span and surface form.
 */
export function extractNumbers(text: string, options: NumberOptions = {}): NumberMention[] {
  textArgument(text, 'text', 'extractNumbers');
  optionsObject(options, 'extractNumbers');
  const { tag, rules } = resolveLanguage(options.lang ?? 'nb');
  // Numerals, clock times and centuries all start with a digit; most sentences of running text
  // have none, and for them only number words remain to read (the patterns below cost a
  // look-behind at every position of the text).
  if (!hasDigit(text)) return extractNumberWords(text, rules);
  const decimalComma = usesDecimalComma(tag);
  const mentions: NumberMention[] = [];
  // Clock times written with an h (`4 h 45`, `18h30`): one time, not two numbers.
  const times: NumberMention[] = [];
  for (const match of text.matchAll(H_TIME)) {
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (hours < 25 && minutes < 60) times.push({ start: match.index, end: match.index + match[0].length, value: hours + minutes / 60, kind: 'time', text: match[0] });
  }
  for (const match of text.matchAll(NUMERAL)) {
    const start = match.index;
    if (times.some((time) => time.start <= start && start < time.end)) continue;
    const numeral = match[1]!;
    let end = start + match[0].length;
    let unscaled: number | undefined;
    let { value, kind } = readNumeral(numeral, decimalComma, BEFORE_TIME.test(text.slice(Math.max(0, start - 12), start)));
    if (Number.isNaN(value)) continue;
    if (match[2] !== undefined || match[3] !== undefined) kind = 'ordinal';
    else if (match[4] !== undefined && kind === 'year') kind = 'decade';
    else if (match[4] === undefined) {
      const after = AFTER_NUMBER.exec(text.slice(end, end + 24));
      if (after !== null) {
        const unit = after[1]!.toLowerCase();
        end += after[0].length;
        const before = value;
        ({ value, kind } = applyUnit(value, kind, unit, rules));
        if (value !== before && kind === 'cardinal') unscaled = before;
      }
    }
    const currency = CURRENCY_BEFORE.find(([pattern]) => pattern.test(text.slice(Math.max(0, start - 6), start)))?.[1];
    if (match[4] === undefined && unscaled === undefined && kind !== 'time') {
      const suffix = SCALE_SUFFIX.exec(text.slice(end, end + 4));
      if (suffix !== null && (suffix[1] !== undefined || currency !== undefined)) {
        unscaled = value;
        value = round(value * ownEntry(SUFFIX_FACTORS, (suffix[1] ?? suffix[2])!)!);
        kind = 'cardinal';
        end += suffix[0].length;
      }
    }
    // A four-digit figure with a unit or currency (`2000 dollar`, `1500 meter`) is an amount, not a year.
    if (kind === 'year') {
      const amount = readUnits(text.slice(start, end), text.slice(end, end + 32), rules, currency, 'cardinal');
      if (amount.length > 0 && !amount.every((unit) => unit.startsWith('time:'))) kind = 'cardinal';
    }
    const units = readUnits(text.slice(start, end), text.slice(end, end + 32), rules, currency, kind);
    if (units.length > 0 && units[0] === 'percent:%') kind = 'percent';
    mentions.push({ start, end, value, kind, text: text.slice(start, end), ...(unscaled === undefined ? {} : { unscaled }), ...(units.length === 0 ? {} : { units }) });
  }
  readCenturies(text, mentions);
  spreadRanges(text, mentions);
  return mergeByPosition([...mentions, ...times].sort((a, b) => a.start - b.start), extractNumberWords(text, rules === undefined ? undefined : rules));
}

/** Whether the text holds an ASCII digit, the only digits `\d` matches. */
function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

function readNumeral(numeral: string, decimalComma: boolean, afterClockWord: boolean): { value: number; kind: NumberKind } {
  const clock = /^(\d{1,2})([:.])(\d{2})$/.exec(numeral);
  if (clock !== null && (clock[2] === ':' || afterClockWord)) {
    const hours = Number(clock[1]);
    const minutes = Number(clock[3]);
    if (hours < 25 && minutes < 60) return { value: hours + minutes / 60, kind: 'time' };
  }
  if (numeral.includes(':')) return { value: NaN, kind: 'cardinal' };
  const spaced = numeral.replace(/[\u00a0\u202f\u2009 ]/g, '');
  if (spaced !== numeral) return { value: Number(spaced), kind: 'cardinal' };
  const separators = numeral.match(/[.,]/g) ?? [];
  if (separators.length === 0) {
    const value = Number(numeral);
    return { value, kind: numeral.length === 4 && value >= 1000 && value <= 2100 ? 'year' : 'cardinal' };
  }
  const groups = numeral.split(/[.,]/);
  const last = separators[separators.length - 1]!;
  const same = separators.every((separator) => separator === last);
  const grouped = groups.slice(1).every((group) => group.length === 3) && groups[0]!.length <= 3;
  if (same && grouped) {
    const grouping = decimalComma ? '.' : ',';
    if (separators.length > 1 || last === grouping) return { value: Number(groups.join('')), kind: 'cardinal' };
    return { value: Number(`${groups[0]}.${groups[1]}`), kind: 'decimal' };
  }
  if (!same) {
    // 1.234,5 or 1,234.5: the last separator is the decimal one.
    const integer = groups.slice(0, -1).join('');
    return { value: Number(`${integer}.${groups[groups.length - 1]}`), kind: 'decimal' };
  }
  if (separators.length === 1) return { value: Number(`${groups[0]}.${groups[1]}`), kind: 'decimal' };
  // A date such as 20.09.2020: keep the year, the rest is too ambiguous to compare.
  const year = groups[groups.length - 1]!;
  return year.length === 4 ? { value: Number(year), kind: 'year' } : { value: NaN, kind: 'cardinal' };
}

function applyUnit(value: number, kind: NumberKind, unit: string, rules: 'nb' | 'en' | undefined): { value: number; kind: NumberKind } {
  const word = unit.replace(/\.$/, '');
  if (word === '%' || PERCENT_WORDS.has(word) || /^percentage points?$/.test(word)) return { value, kind: 'percent' };
  // `7.55am`, `4.40 pm`: English writes clock times with a point before am/pm.
  if (/^(a\.m|am|p\.m|pm)$/.test(word) && kind === 'decimal') {
    const hours = Math.floor(value);
    const minutes = Math.round((value - hours) * 100);
    if (hours <= 12 && minutes < 60) ({ value, kind } = { value: hours + minutes / 60, kind: 'time' });
  }
  if (/^(a\.m|am)$/.test(word) && kind === 'time') return { value: value >= 12 ? value - 12 : value, kind };
  if (word === 'uhr') {
    // 18.00 Uhr, 4.45 Uhr: read as a clock time, not a decimal.
    const hours = Math.floor(value);
    const minutes = Math.round((value - hours) * 100);
    return minutes < 60 ? { value: hours + minutes / 60, kind: 'time' } : { value, kind };
  }
  if (/^(p\.m|pm)$/.test(word)) {
    const hours = kind === 'time' ? value : value <= 12 ? value : NaN;
    return { value: hours < 12 ? hours + 12 : hours, kind: 'time' };
  }
  // A Norwegian `billion` is a million millions (10^12); an English one a thousand millions.
  const factor = rules === 'nb' && /^billion/.test(word) ? 1e12 : rules === 'nb' && /^trillion/.test(word) ? 1e18 : ownEntry(MULTIPLIERS, word);
  return factor === undefined ? { value, kind } : { value: round(value * factor), kind: 'cardinal' };
}

const SUFFIX_FACTORS: Record<string, number> = { bn: 1e9, mn: 1e6, tn: 1e12, m: 1e6, k: 1e3 };

const MULTIPLIERS: Record<string, number> = {
  mill: 1e6, millioner: 1e6, million: 1e6, millions: 1e6, mrd: 1e9, milliarder: 1e9, milliard: 1e9,
  billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12, tusen: 1e3, thousand: 1e3, hundre: 100, hundred: 100,
};

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Merges two sorted lists of mentions, dropping word mentions that overlap a numeral (`2 millioner`). */
function mergeByPosition(numerals: NumberMention[], wordMentions: NumberMention[]): NumberMention[] {
  const kept = wordMentions.filter((word) => !numerals.some((numeral) => numeral.start < word.end && word.start < numeral.end));
  return [...numerals, ...kept].sort((a, b) => a.start - b.start);
}
