import { BitekstError } from '../errors.js';
import { resolveLanguage } from '../text/language.js';

const found = (raw: string) => `found "${raw}"`;

/**
 * Reads a whole-number option (`--jobs 4`): digits only, within `min`…`max`.
 *
 * @throws {BitekstError} `E_USAGE` naming the option and the allowed values.
 */
export function integerFlag(value: unknown, name: string, range: { min: number; max?: number }): number | undefined {
  if (value === undefined) return undefined;
  const raw = String(value);
  const number = /^\s*\+?\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (Number.isSafeInteger(number) && number >= range.min && number <= (range.max ?? Infinity)) return number;
  const allowed = range.max === undefined ? `a whole number ≥ ${range.min}` : `a whole number from ${range.min} to ${range.max}`;
  throw new BitekstError('E_USAGE', `--${name}: expected ${allowed}, ${found(raw)}`);
}

/**
 * Reads a decimal option (`--threshold 0.5`) within `min`…`max`.
 *
 * @throws {BitekstError} `E_USAGE` naming the option and the allowed values.
 */
export function numberFlag(value: unknown, name: string, range: { min: number; max: number }): number | undefined {
  if (value === undefined) return undefined;
  const raw = String(value);
  const number = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(raw) ? Number(raw) : NaN;
  if (number >= range.min && number <= range.max) return number;
  throw new BitekstError('E_USAGE', `--${name}: expected a number from ${range.min} to ${range.max}, ${found(raw)}`);
}

/**
 * Reads a language option (`--source-lang nb`): a well-formed BCP 47 tag, returned as given.
 *
 * @throws {BitekstError} `E_USAGE` naming the option, since the tag came from the command line.
 */
export function languageFlag(value: unknown, name: string, fallback: string): string {
  if (value === undefined) return fallback;
  const raw = String(value);
  try {
    resolveLanguage(raw);
  } catch (error) {
    throw new BitekstError('E_USAGE', `--${name}: expected a BCP 47 language tag such as nb, en or nb-NO, ${found(raw)}`, { cause: error });
  }
  return raw;
}
