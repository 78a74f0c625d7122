import type { KnownLanguage } from '../../text/language.js';

/**
 * Units written after a number, per language: the pattern (read at the start of the text after
 * the number) and the unit ids it may mean. A unit id is `dimension:name`; two ids of one
 * dimension convert by their factors (see `UNIT_FACTORS`). A word that means two things (`pund`:
 * pounds sterling or pounds of weight; Norwegian `mil`: 10 km, or a mile when a translator
 * borrows it) lists both.
 */
export interface UnitPattern {
  pattern: RegExp;
  units: readonly string[];
  /**
   * The lower-case ASCII characters the unit can start with (one per alternative of the
   * pattern), or `undefined` when an alternative starts otherwise: text that has none of them
   * (nor any non-ASCII character, which may case-fold to one) where the unit could start cannot
   * match, and the pattern is not run.
   */
  starts: string | undefined;
  /** `starts` as a bit set (see `startBits`), 0 when `starts` is `undefined`. */
  startMask: number;
}

/** The characters of `chars` that a unit can start with (`a`-`z`, `%`) as a bit set: bit 0 for `a` … 25 for `z`, 26 for `%`. */
export function startBits(chars: string): number {
  let mask = 0;
  for (let index = 0; index < chars.length; index += 1) {
    const code = chars.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) mask |= 1 << (code - 0x61);
    else if (code === 0x25) mask |= 1 << 26;
  }
  return mask;
}

const u = (source: string, ...units: string[]): UnitPattern => {
  const starts = firstCharacters(source);
  return { pattern: new RegExp(`^\\s?-?(?:${source})(?![\\p{L}\\p{N}])`, 'iu'), units, starts, startMask: starts === undefined ? 0 : startBits(starts) };
};

/** The first character of each top-level alternative of a pattern, when all are plain ASCII letters or `%`. */
function firstCharacters(source: string): string | undefined {
  let starts = '';
  let depth = 0;
  let atStart = true;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (atStart) {
      if (!/^[a-z%]$/.test(char)) return undefined;
      if (!starts.includes(char)) starts += char;
      atStart = false;
    }
    if (char === '[') return undefined;
    if (char === '\\') index += 1;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) atStart = true;
  }
  return starts;
}

const SHARED: UnitPattern[] = [
  u('%', 'percent:%'),
  u('km/h|kmh|kph|km/t', 'speed:km/h'),
  u('mph', 'speed:mph'),
  u('°\\s?c', 'temp:c'),
  u('°\\s?f', 'temp:f'),
  u('°', 'temp:c', 'temp:f'),
  u('km²|km2', 'area:km2'),
  u('km', 'length:km'),
  u('cm', 'length:cm'),
  u('mm', 'length:mm'),
  u('kg', 'mass:kg'),
  u('usd', 'money:usd'),
  u('gbp', 'money:gbp'),
  u('eur', 'money:eur'),
  u('nok', 'money:nok'),
  u('sek', 'money:sek'),
  u('dkk', 'money:dkk'),
];

const EN: UnitPattern[] = [
  ...SHARED,
  u('percentage points?', 'percent:pp'),
  u('per ?cent|pct\\.?', 'percent:%'),
  u('miles? (?:per|an) hour', 'speed:mph'),
  u('kilomet(?:re|er)s? (?:per|an) hour', 'speed:km/h'),
  u('degrees? fahrenheit', 'temp:f'),
  u('degrees? (?:celsius|centigrade)', 'temp:c'),
  u('degrees?', 'temp:f', 'temp:c'),
  u('square miles?', 'area:mi2'),
  u('square kilomet(?:re|er)s?', 'area:km2'),
  u('kilomet(?:re|er)s?', 'length:km'),
  u('miles?', 'length:mi'),
  u('centimet(?:re|er)s?', 'length:cm'),
  u('millimet(?:re|er)s?', 'length:mm'),
  u('met(?:re|er)s?', 'length:m'),
  u('inch(?:es)?', 'length:in'),
  u('feet|foot|ft', 'length:ft'),
  u('yards?', 'length:yd'),
  u('kilos?|kilograms?', 'mass:kg'),
  u('pounds?|lbs?', 'mass:lb', 'money:gbp'),
  u('stone', 'mass:st'),
  u('tonnes?|tons?', 'mass:t'),
  u('seconds?|secs?', 'time:s'),
  u('minutes?|mins?', 'time:min'),
  u('hours?|hrs?', 'time:h'),
  u('days?', 'time:day'),
  u('weeks?', 'time:week'),
  u('months?', 'time:month'),
  u('years?', 'time:year'),
  u('dollars?', 'money:usd'),
  u('euros?', 'money:eur'),
  u('sterling', 'money:gbp'),
  u('kroner|krone|crowns?', 'money:nok'),
];

const NB: UnitPattern[] = [
  ...SHARED,
  u('prosentpoeng', 'percent:pp'),
  u('prosent|pst\\.?', 'percent:%'),
  u('kilometer i timen', 'speed:km/h'),
  u('grader fahrenheit', 'temp:f'),
  u('grader(?: celsius)?|celsius', 'temp:c'),
  u('kvadratkilometer', 'area:km2'),
  u('kilometer', 'length:km'),
  u('engelske mil', 'length:mi'),
  u('mil', 'length:nmil', 'length:mi'),
  u('centimeter', 'length:cm'),
  u('millimeter', 'length:mm'),
  u('meter|m', 'length:m'),
  u('tommer', 'length:in'),
  u('fot', 'length:ft'),
  u('kilo(?:gram)?', 'mass:kg'),
  u('pund', 'mass:lb', 'money:gbp'),
  u('tonn', 'mass:t'),
  u('sekunder|sekund', 'time:s'),
  u('minutter|minutt|min\\.?', 'time:min'),
  u('timers|timer|time', 'time:h'),
  u('dagers|dager|dag|døgns|døgn', 'time:day'),
  u('ukers|uker|uke', 'time:week'),
  u('måneders|måneder|måned', 'time:month'),
  u('års|år', 'time:year'),
  u('dollar', 'money:usd'),
  u('euro', 'money:eur'),
  u('kroner|krone|kr\\.?', 'money:nok'),
  u('svenske kroner', 'money:sek'),
  u('danske kroner', 'money:dkk'),
];

/** Unit patterns of a language, longest alternatives first within each dimension. */
export function unitPatternsFor(rules: KnownLanguage | undefined): readonly UnitPattern[] {
  return rules === 'nb' ? NB : rules === 'en' ? EN : SHARED;
}

/** Currency signs and codes written before an amount (`£125m`, `US$ 5`, `NOK 300`). */
export const CURRENCY_BEFORE: readonly [RegExp, string][] = [
  [/(?:US\$|\$)\s?$/u, 'money:usd'],
  [/£\s?$/u, 'money:gbp'],
  [/€\s?$/u, 'money:eur'],
  [/(?:^|[^\p{L}])(?:kr\.?|NOK)\s?$/u, 'money:nok'],
  [/(?:^|[^\p{L}])USD\s?$/u, 'money:usd'],
  [/(?:^|[^\p{L}])GBP\s?$/u, 'money:gbp'],
  [/(?:^|[^\p{L}])EUR\s?$/u, 'money:eur'],
];

/** Size of each unit in its dimension's base unit (metres, kilograms, seconds, m/s, km²). */
export const UNIT_FACTORS: Readonly<Record<string, number>> = {
  'length:km': 1000, 'length:m': 1, 'length:cm': 0.01, 'length:mm': 0.001, 'length:mi': 1609.344, 'length:nmil': 10000,
  'length:in': 0.0254, 'length:ft': 0.3048, 'length:yd': 0.9144,
  'mass:kg': 1, 'mass:lb': 0.45359237, 'mass:st': 6.35029, 'mass:t': 1000,
  'speed:km/h': 1, 'speed:mph': 1.609344,
  'area:km2': 1, 'area:mi2': 2.589988,
  'time:s': 1, 'time:min': 60, 'time:h': 3600, 'time:day': 86400, 'time:week': 604800, 'time:month': 2629800, 'time:year': 31557600,
};
