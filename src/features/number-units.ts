import type { NumberKind, NumberMention } from '../types.js';
import { startBits, unitPatternsFor, type UnitPattern } from './data/units.js';

// A range whose first number takes the scale and unit of the second (`3 to 6 inches`, `2-3 millioner`).
const RANGE = /^\s*(?:[-–—]|to|til|or|eller)\s*$/u;

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The unit written after a number (`5 km`, `650 pound`), else the currency written before it (`£125m`). */
export function readUnits(own: string, after: string, rules: 'nb' | 'en' | undefined, currency: string | undefined, kind: NumberKind): string[] {
  if (kind === 'time' || kind === 'year' || kind === 'decade') return [];
  if (/^\s*(?:%|prosent|pst|percent|per cent|pct)/iu.test(after) || kind === 'percent') {
    return /prosentpoeng|percentage point/iu.test(own) || /^\s*(?:prosentpoeng|percentage points?)/iu.test(after) ? ['percent:pp'] : ['percent:%'];
  }
  // Past a scale word already read (`125 millioner pund`), the unit may follow the scale.
  const rest = after.replace(/^\s*(?:millioner|million|millions|milliarder|milliard|billioner|billion|billions|trillion|trillions|mill\.|mrd\.)/iu, '');
  // A unit starts within the first three characters (after an optional space and hyphen).
  const lead = rest.slice(0, 3).toLowerCase();
  const foreign = /[^\0-\x7f]/.test(lead);
  const leadMask = startBits(lead);
  let unit: UnitPattern | undefined;
  for (const candidate of unitPatternsFor(rules)) {
    if (!foreign && candidate.starts !== undefined && (candidate.startMask & leadMask) === 0) continue;
    if (candidate.pattern.test(rest)) {
      unit = candidate;
      break;
    }
  }
  if (unit !== undefined) return currency !== undefined && unit.units.includes(currency) ? [currency] : [...unit.units];
  return currency === undefined ? [] : [currency];
}

/**
 * Centuries as the year that opens them, so that `19th century`, `det 19. århundre` and
 * `1800-tallet` meet: the ordinal before `century`/`århundre` becomes a decade-like 1800.
 */
export function readCenturies(text: string, mentions: NumberMention[]): void {
  for (const mention of mentions) {
    if (mention.kind !== 'ordinal' || mention.value < 1 || mention.value > 21) continue;
    const after = /^\s*-?(?:century|centuries|århundre|århundret|hundreåret)/iu.exec(text.slice(mention.end, mention.end + 16));
    if (after === null) continue;
    mention.value = (mention.value - 1) * 100;
    mention.kind = 'decade';
    mention.end += after[0].length;
    mention.text = text.slice(mention.start, mention.end);
  }
}

/** The first number of a range takes the scale and unit of the second when it has none (`3 to 6 inches`, `2–3 millioner`). */
export function spreadRanges(text: string, mentions: NumberMention[]): void {
  for (let index = mentions.length - 2; index >= 0; index -= 1) {
    const first = mentions[index]!;
    const second = mentions[index + 1]!;
    const between = text.slice(first.end, second.start);
    // `3 to 6`, `3–6`, and `between 2,5 and 5 cm` / `mellom 2,5 og 5 cm`.
    // Coordinated figures share a unit too (`200 og 400 meter`, `between 2,5 and 5 cm`).
    const paired = /^\s*(?:and|og)\s*$/u.test(between);
    if (!RANGE.test(between) && !paired) continue;
    if (first.units === undefined && second.units !== undefined) first.units = [...second.units];
    if (!paired && first.unscaled === undefined && second.unscaled !== undefined && second.unscaled !== 0 && first.kind !== 'time') {
      const factor = second.value / second.unscaled;
      if (factor >= 1000) {
        first.unscaled = first.value;
        first.value = round(first.value * factor);
        first.kind = 'cardinal';
      }
    }
    if (first.kind !== 'percent' && second.kind === 'percent') first.kind = 'percent';
  }
}
