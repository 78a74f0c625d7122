import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BitekstError } from '../errors.js';
import { GLOBAL_OPTIONS, type CommandSpec } from './spec.js';
import { nearest } from './suggest.js';

/** Parsed command-line arguments: named values and positionals. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

const usageError = (spec: CommandSpec, message: string) =>
  new BitekstError('E_USAGE', `${spec.name}: ${message}\nrun "bitekst ${spec.name} --help" for its options`);

/**
 * Parses a subcommand's arguments against its spec (and the global options). Messages are the
 * command's own: an unknown option names the nearest known one, a missing value names the option.
 *
 * @throws {BitekstError} `E_USAGE` for an unknown option, a missing or unexpected value, or a
 * wrong number of positionals.
 */
export function parseCommand(spec: CommandSpec, args: string[]): ParsedArgs {
  const all = [...spec.options, ...GLOBAL_OPTIONS];
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const option of all) {
    config[option.name] = { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.multiple ? { multiple: true } : {}) };
  }
  // A lenient pass gives the tokens, so that every mistake gets a message of ours, not parseArgs's.
  const { tokens } = parseArgs({ args, options: config, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = all.find((candidate) => candidate.name === token.name || candidate.short === token.name);
    if (option === undefined) {
      const guess = token.rawName.startsWith('--') ? nearest(token.name, all.map((candidate) => candidate.name)) : undefined;
      throw usageError(spec, `unknown option ${token.rawName}${guess === undefined ? '' : `; did you mean --${guess}?`}`);
    }
    if (option.type === 'string' && token.value === undefined) {
      throw usageError(spec, `${token.rawName}: expected a value${option.value ? ` (${option.value})` : ''}; a value that starts with a dash is written ${token.rawName.startsWith('--') ? `${token.rawName}=VALUE` : `-${option.short}VALUE`}`);
    }
    if (option.type === 'boolean' && token.inlineValue === true) throw usageError(spec, `${token.rawName} takes no value`);
  }
  const parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true });
  const count = parsed.positionals.length;
  const { min, max } = spec.positionals;
  if (count < min || count > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    throw usageError(spec, `expected ${expected} argument${max === 1 ? '' : 's'} (${spec.synopsis}), found ${count}${count > 0 ? `: ${parsed.positionals.join(' ')}` : ''}`);
  }
  return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
}

/**
 * Reads a string option that must be one of `choices`; a near miss is suggested.
 *
 * @throws {BitekstError} `E_USAGE` for any other value.
 */
export function choice<T extends string>(value: unknown, choices: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  const guess = typeof value === 'string' ? nearest(value, choices) : undefined;
  throw new BitekstError('E_USAGE', `--${name}: expected one of ${choices.join(', ')}, found "${String(value)}"${guess === undefined ? '' : `; did you mean ${guess}?`}`);
}
