import type { Language } from './text/language.js';
import { BitekstError } from './errors.js';

// Validators every public function runs once, at its entry point, on what the caller gave it.
// An option of the wrong type or out of range is refused with `E_USAGE` naming the option, the
// value found and what is allowed, instead of flowing on as NaN (which compares false with
// everything, so it switches budgets off and can keep a loop from ending) or as a string that
// `+` concatenates. A data argument that is not text is refused with `E_INPUT`.

/** The value as a message shows it: strings quoted, NaN and -0 spelt out, objects abbreviated. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'symbol') return String(value);
  if (typeof value === 'function') return 'a function';
  return Array.isArray(value) ? 'an array' : 'an object';
}

function usage(where: string, name: string, expected: string, value: unknown): never {
  throw new BitekstError('E_USAGE', `${where}: expected ${name} to be ${expected}, found ${showValue(value)}`);
}

/** Bounds of a number, both inclusive; either may be left open. */
export interface Range {
  min?: number;
  max?: number;
}

function describeRange(kind: string, range: Range): string {
  if (range.min !== undefined && range.max !== undefined) return `${kind} in [${range.min}, ${range.max}]`;
  if (range.min !== undefined) return `${kind} ≥ ${range.min}`;
  if (range.max !== undefined) return `${kind} ≤ ${range.max}`;
  return kind;
}

/**
 * `value` if it is a finite number within `range`, `fallback` if it is `undefined`; otherwise
 * throws `E_USAGE`.
 */
export function finiteNumber(value: unknown, name: string, range: Range, where: string, fallback: number): number;
export function finiteNumber(value: unknown, name: string, range: Range, where: string): number | undefined;
export function finiteNumber(value: unknown, name: string, range: Range, where: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || (range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    usage(where, name, describeRange('a finite number', range), value);
  }
  return value;
}

/**
 * `value` if it is a whole number within `range` (`Infinity` allowed when `range.max` is open
 * and `infinite` is set: "no limit"), `fallback` if it is `undefined`; otherwise throws `E_USAGE`.
 */
export function wholeNumber(value: unknown, name: string, range: Range, where: string, fallback: number): number;
export function wholeNumber(value: unknown, name: string, range: Range, where: string): number | undefined;
export function wholeNumber(value: unknown, name: string, range: Range, where: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || (range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    usage(where, name, describeRange('a whole number', range), value);
  }
  return value;
}

/** `value` if it is one of `allowed`, `fallback` if it is `undefined`; otherwise throws `E_USAGE`. */
export function oneOf<T extends string | boolean>(value: unknown, name: string, allowed: readonly T[], where: string, fallback: T): T;
export function oneOf<T extends string | boolean>(value: unknown, name: string, allowed: readonly T[], where: string): T | undefined;
export function oneOf<T extends string | boolean>(value: unknown, name: string, allowed: readonly T[], where: string, fallback?: T): T | undefined {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) usage(where, name, `one of ${allowed.map((item) => showValue(item)).join(', ')}`, value);
  return value as T;
}

/** `value` if it is a boolean or `undefined`; otherwise throws `E_USAGE`. */
export function optionalBoolean(value: unknown, name: string, where: string): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') usage(where, name, 'true or false', value);
  return value as boolean | undefined;
}

/** `value` if it is a string or `undefined`; otherwise throws `E_USAGE`. */
export function optionalString(value: unknown, name: string, where: string): string | undefined {
  if (value !== undefined && typeof value !== 'string') usage(where, name, 'a string', value);
  return value as string | undefined;
}

/** `value` if it is a BCP 47 tag (a string), a resolved `Language` or `undefined`; otherwise throws `E_USAGE`. */
export function optionalLanguage(value: unknown, name: string, where: string): string | Language | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Language).tag === 'string') return value as Language;
  return usage(where, name, 'a BCP 47 language tag', value);
}

/** `value` if it is a function or `undefined`; otherwise throws `E_USAGE`. */
export function optionalFunction<T>(value: T | undefined, name: string, where: string): T | undefined {
  if (value !== undefined && typeof value !== 'function') usage(where, name, 'a function', value);
  return value;
}

/** `value` if it is an array or `undefined`; otherwise throws `E_USAGE`. */
export function optionalArray<T>(value: readonly T[] | undefined, name: string, where: string): readonly T[] | undefined {
  if (value !== undefined && !Array.isArray(value)) usage(where, name, 'an array', value);
  return value;
}

/**
 * The options object itself: `{}` when `undefined`, the object when it is one (frozen objects
 * included: options are only read); anything else (`null`, a number, a string, an array) throws
 * `E_USAGE`.
 */
export function optionsObject<T extends object>(options: T | undefined, where: string): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) usage(where, 'options', 'an object', options);
  return options;
}

/** `value` if it is a string; otherwise throws `E_INPUT` naming the argument. */
export function textArgument(value: unknown, name: string, where: string): string {
  if (typeof value !== 'string') throw new BitekstError('E_INPUT', `${where}: expected ${name} to be a string, found ${showValue(value)}`);
  return value;
}

/** `value` if it is an object (not `null`, not an array unless `array` is set); otherwise throws `E_INPUT`. */
export function objectArgument<T>(value: T, name: string, where: string, expected = 'an object'): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BitekstError('E_INPUT', `${where}: expected ${name} to be ${expected}, found ${showValue(value)}`);
  return value;
}

/** `value` if it is an array; otherwise throws `E_INPUT` naming the argument. */
export function arrayArgument<T>(value: readonly T[], name: string, where: string): readonly T[] {
  if (!Array.isArray(value)) throw new BitekstError('E_INPUT', `${where}: expected ${name} to be an array, found ${showValue(value)}`);
  return value;
}

function hasArrays(value: unknown, keys: readonly string[]): boolean {
  return typeof value === 'object' && value !== null && keys.every((key) => Array.isArray((value as Record<string, unknown>)[key]));
}

/** `value` if it has the arrays of an `Alignment` (`source`, `target`, `beads`); otherwise throws `E_INPUT`. */
export function alignmentArgument<T>(value: T, name: string, where: string): T {
  if (!hasArrays(value, ['source', 'target', 'beads'])) {
    throw new BitekstError('E_INPUT', `${where}: expected ${name} to be an alignment ({ source, target, beads }), found ${showValue(value)}`);
  }
  return value;
}

/**
 * `value` if it has the `findings` array and the `alignment` of a report (a `DivergenceReport`,
 * or with `fields` those of a `RevisionReport`); otherwise throws `E_INPUT`.
 */
export function reportArgument<T>(value: T, where: string, fields: readonly string[] = ['findings']): T {
  if (!hasArrays(value, fields) || typeof (value as { summary?: unknown }).summary !== 'object' || (value as { summary?: unknown }).summary === null) {
    throw new BitekstError('E_INPUT', `${where}: expected a report ({ ${fields.join(', ')}, summary, alignment }), found ${showValue(value)}`);
  }
  alignmentArgument((value as { alignment?: unknown }).alignment, 'report.alignment', where);
  return value;
}
