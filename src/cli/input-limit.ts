import { BitekstError } from '../errors.js';
import { integerFlag } from './flags.js';

/**
 * The default input limit, in megabytes (2^20 bytes): far above any document or translation
 * memory met in practice, and half the longest string the JavaScript engine can hold (about
 * 512 million UTF-16 units), so that a file within it can always be decoded.
 */
export const DEFAULT_MAX_INPUT_MB = 256;

/**
 * The highest `--max-input`: the engine's longest string is 2^29 − 24 UTF-16 units, 24 short of
 * 512 MB of ASCII, so the ceiling stays clear of it (a file within the limit always decodes).
 */
export const MAX_INPUT_MB = 500;

/**
 * The input limit in bytes from `--max-input MB` (every command takes it): the most bitekst
 * reads from one file, one stream or one batch record before it stops with `E_BUDGET`.
 *
 * @throws {BitekstError} `E_USAGE` for a value that is not a whole number from 1 to 500.
 */
export function inputLimit(values: Record<string, unknown>): number {
  return (integerFlag(values['max-input'], 'max-input', { min: 1, max: MAX_INPUT_MB }) ?? DEFAULT_MAX_INPUT_MB) * 2 ** 20;
}

/** The `E_BUDGET` error of an input past its limit. */
export function overLimit(what: string, limit: number): BitekstError {
  return new BitekstError('E_BUDGET', `${what}: larger than the input limit of ${Math.round(limit / 2 ** 20)} MB (--max-input MB raises it, up to ${MAX_INPUT_MB})`);
}
