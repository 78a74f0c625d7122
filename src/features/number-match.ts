import type { NumberMention } from '../types.js';
import { UNIT_FACTORS } from './data/units.js';
import { ownEntry } from '../text/own-entry.js';

/**
 * The values a number may stand for: its value, and where a convention makes it ambiguous the
 * other reading. A decimal with two decimals in clock range is also a time (Norwegian writes
 * `10.15` for `10:15`); a time before noon without am/pm may be the afternoon one (`7.55` for
 * `19:55`); a fraction word is also a percentage (`halvparten` = `50 %`).
 */
export function readingsOf(mention: NumberMention): number[] {
  const readings = [mention.value];
  const clock = /^(\d{1,2})[.,:](\d{2})$/.exec(mention.text);
  if (mention.kind === 'decimal' && clock !== null && Number(clock[1]) < 24 && Number(clock[2]) < 60) readings.push(Number(clock[1]) + Number(clock[2]) / 60);
  if (mention.kind === 'time' && mention.value < 13 && !/[ap]\.?m/i.test(mention.text)) readings.push(mention.value + 12);
  if (mention.kind === 'word' && mention.value > 0 && mention.value < 1) readings.push(mention.value * 100);
  return readings;
}

/** Whether two numbers may be written with the same unit: one has none, or they share a reading of it. */
export function unitsAgree(a: NumberMention, b: NumberMention): boolean {
  if (a.units === undefined || b.units === undefined) return true;
  return a.units.some((unit) => b.units!.includes(unit));
}

/** Whether two numbers have the same value in one of their readings and agreeing units. */
export function numbersEqual(a: NumberMention, b: NumberMention): boolean {
  if (!unitsAgree(a, b)) return false;
  const other = readingsOf(b);
  return readingsOf(a).some((value) => other.includes(value));
}

/** How far a conversion may round: translators write `85 mph` for 137 km/h, `7,5 cm` for 3 inches. */
const TOLERANCE = 0.1;

/** Half the place value of a figure's last significant digit: `2` → 0.5, `30` → 5, `2.5` → 0.05. */
function roundingOf(value: number): number {
  // Only a one-digit figure is this round (`2 meter`); `30 yards` is written to the yard.
  if (value === 0 || !Number.isFinite(value) || Math.abs(value) >= 10) return 0;
  let place = 1;
  if (Number.isInteger(value)) while (value % (place * 10) === 0) place *= 10;
  else {
    const decimals = String(value).split('.')[1]?.length ?? 0;
    place = 10 ** -decimals;
  }
  return place / 2;
}

/**
 * Whether two numbers are one quantity converted between units (`137 km/h` = `85 mph`,
 * `250 kg` = `550 pounds`, `27 grader` = `80 degrees` Fahrenheit): units of one dimension whose
 * values agree within the rounding translators use.
 */
export function numbersConverted(a: NumberMention, b: NumberMention): boolean {
  for (const x of a.units ?? []) {
    for (const y of b.units ?? []) {
      if (x === y || x.split(':')[0] !== y.split(':')[0]) continue;
      if (x.startsWith('temp:')) {
        const [celsius, fahrenheit] = x === 'temp:c' ? [a.value, b.value] : [b.value, a.value];
        if (Math.abs(celsius * 1.8 + 32 - fahrenheit) <= 2) return true;
        continue;
      }
      const [fx, fy] = [ownEntry(UNIT_FACTORS, x), ownEntry(UNIT_FACTORS, y)];
      if (fx === undefined || fy === undefined) continue;
      const [p, q] = [a.value * fx, b.value * fy];
      // A round figure stands for anything it rounds from (`2 meter` for 6 feet, 1.83 m).
      const slack = Math.max(TOLERANCE * Math.max(Math.abs(p), Math.abs(q)), roundingOf(a.value) * fx, roundingOf(b.value) * fy);
      if (Math.abs(p - q) <= slack) return true;
    }
  }
  return false;
}

/** Whether two numbers have the same value but units that cannot be the same (`5 km` and `5 miles`, `£5` and `$5`). */
export function unitsDiffer(a: NumberMention, b: NumberMention): boolean {
  return !unitsAgree(a, b) && readingsOf(a).some((value) => readingsOf(b).includes(value));
}

/** Whether two numbers are one figure written with another scale (`2,8 millioner` and `£2.8bn`). */
export function scalesDiffer(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [a.unscaled ?? a.value, b.unscaled ?? b.value];
  return x === y && a.value !== b.value && (a.unscaled !== undefined || b.unscaled !== undefined);
}

/** A speed's distance unit, for a speed written without its time (`137 km` for 137 km/h). */
const SPEED_DISTANCE: Readonly<Record<string, string>> = { 'speed:km/h': 'length:km', 'speed:mph': 'length:mi' };

/**
 * Whether two numbers are one speed converted, one of them written with the distance unit only
 * (`vindstyrke på 137 km` for `85 miles per hour`): their distances convert.
 */
export function speedWrittenAsLength(a: NumberMention, b: NumberMention): boolean {
  const asLength = (mention: NumberMention): NumberMention | undefined => {
    const units = mention.units?.flatMap((unit) => {
      const length = ownEntry(SPEED_DISTANCE, unit);
      return length === undefined ? [] : [length];
    });
    return units === undefined || units.length === 0 ? undefined : { ...mention, units };
  };
  const isLength = (mention: NumberMention) => mention.units?.some((unit) => unit.startsWith('length:')) === true;
  const [speedA, speedB] = [asLength(a), asLength(b)];
  return (speedA !== undefined && isLength(b) && numbersConverted(speedA, b)) || (speedB !== undefined && isLength(a) && numbersConverted(a, speedB));
}
