import type { OptionSpec } from './spec.js';

/** Options shared by several commands, described once. */
export const OPTIONS = {
  presegmented: { name: 'presegmented', type: 'boolean', description: 'the files hold one sentence per line (line i is sentence i)' },
  'source-lang': { name: 'source-lang', type: 'string', value: 'TAG', default: 'nb', description: 'language of the source (BCP 47: nb, nn, en, nb-NO…)' },
  'target-lang': { name: 'target-lang', type: 'string', value: 'TAG', default: 'en', description: 'language of the target (BCP 47)' },
  output: { name: 'output', short: 'o', type: 'string', value: 'FILE', default: 'standard output', description: 'write to FILE, whole or not at all; - is standard output' },
  quiet: { name: 'quiet', type: 'boolean', description: 'no progress line on standard error' },
} as const satisfies Record<string, OptionSpec>;

/** The options of the commands that read a source and a target text. */
export const INPUT_OPTION_SPECS: readonly OptionSpec[] = [OPTIONS.presegmented, OPTIONS['source-lang'], OPTIONS['target-lang']];

/** How the commands that read two texts describe them. */
export const TEXT_ARGUMENTS = [
  ['SOURCE', 'the source text (UTF-8, or UTF-16 with a byte-order mark); - reads standard input'],
  ['TARGET', 'its translation, read the same way'],
] as const;
