/** One option of a subcommand, as parsed and as shown in its `--help`. */
export interface OptionSpec {
  /** Long name without the dashes (`max-bead-size`). */
  name: string;
  /** One-letter alias (`o` for `-o`). */
  short?: string;
  type: 'string' | 'boolean';
  /** Whether the option may be given more than once. */
  multiple?: boolean;
  /** Placeholder of the value in help (`N`, `FILE`, `nb|en`). */
  value?: string;
  /** The default, as help shows it. */
  default?: string;
  /** What the option does, in a few words. */
  description: string;
}

/** A subcommand: what `bitekst COMMAND --help` prints and what its arguments may be. */
export interface CommandSpec {
  name: string;
  /** One line for the command list of `bitekst --help`. */
  summary: string;
  /** The positionals as the usage line shows them (`SOURCE TARGET`). */
  synopsis: string;
  /** How many positionals are allowed. */
  positionals: { min: number; max: number };
  /** The positionals explained, one `[name, description]` each. */
  arguments: readonly (readonly [string, string])[];
  options: readonly OptionSpec[];
  /** Further lines of explanation. */
  notes?: readonly string[];
  /** Example command lines. */
  examples: readonly string[];
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'no-color', type: 'boolean', description: 'no colours (also NO_COLOR=1; FORCE_COLOR=1 forces them)' },
  { name: 'max-input', type: 'string', value: 'MB', default: '256', description: 'the most read from one file, stream or batch record (1 to 500); past it E_BUDGET, exit 3' },
  { name: 'help', short: 'h', type: 'boolean', description: 'show this help' },
];

/** The exit codes, as every help text states them. */
export const EXIT_CODES = 'exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage error, 3 bad input, 4 internal error, 5 batch finished with failed records';

/** The numbering convention, as every help text states it. */
export const NUMBERING =
  'numbering: sentences are counted from 0 in what programs read (beads, json, tsv, tmx, jsonl) and from 1 in what people read (text, html, messages)';
