import { OPTIONS } from '../options.js';
import { OUTPUT_FORMATS } from '../output-formats.js';
import type { CommandSpec } from '../spec.js';
import { TMX_OPTION_SPECS } from '../tmx-flags.js';

/** The formats `convert` reads. */
export const INPUT_FORMATS = ['tmx', 'tsv', 'json', 'moses'] as const;

/** `bitekst convert`: what it takes and what its help shows. */
export const CONVERT: CommandSpec = {
  name: 'convert',
  summary: 'convert an alignment between exchange formats',
  synopsis: 'INPUT [TARGET_INPUT]',
  positionals: { min: 1, max: 2 },
  arguments: [
    ['INPUT', 'the alignment file; - reads standard input'],
    ['TARGET_INPUT', 'with --from moses: the target lines (INPUT holds the source lines)'],
  ],
  options: [
    { name: 'from', type: 'string', value: INPUT_FORMATS.join('|'), description: 'the format of INPUT (required)' },
    { name: 'to', type: 'string', value: OUTPUT_FORMATS.join('|'), description: 'the format to write (required)' },
    OPTIONS.output,
    { name: 'source-lang', type: 'string', value: 'TAG', description: 'the source language, where the input does not say it (tsv, moses)' },
    { name: 'target-lang', type: 'string', value: 'TAG', description: 'the target language (tsv, moses; tmx: which of its languages)' },
    ...TMX_OPTION_SPECS,
  ],
  examples: ['bitekst convert memory.tmx --from tmx --to tsv -o memory.tsv'],
};
