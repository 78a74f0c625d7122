import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BitekstError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed command-line arguments: named values and positionals. */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses a subcommand's arguments strictly.
 *
 * @throws {BitekstError} `E_USAGE` for an unknown option, a missing value or a wrong number of positionals.
 */
export function parseCommandArgs(args: string[], options: Options, positionals: { min: number; max: number; usage: string }): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new BitekstError('E_USAGE', `${(error as Error).message}\nusage: ${positionals.usage}`, { cause: error });
  }
  const count = parsed.positionals.length;
  if (count < positionals.min || count > positionals.max) {
    throw new BitekstError('E_USAGE', `expected ${positionals.min === positionals.max ? positionals.min : `${positionals.min} to ${positionals.max}`} arguments, found ${count}\nusage: ${positionals.usage}`);
  }
  return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
}

/** Reads a string option that must be one of `choices`. */
export function choice<T extends string>(value: unknown, choices: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new BitekstError('E_USAGE', `--${name}: expected one of ${choices.join(', ')}, found "${String(value)}"`);
}
