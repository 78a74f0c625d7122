import { INPUT_OPTION_SPECS, OPTIONS, TEXT_ARGUMENTS } from '../options.js';
import { OUTPUT_FORMATS } from '../output-formats.js';
import type { CommandSpec } from '../spec.js';
import { TMX_OPTION_SPECS } from '../tmx-flags.js';

/** `bitekst align`: what it takes and what its help shows. */
export const ALIGN: CommandSpec = {
  name: 'align',
  summary: 'align two texts sentence by sentence',
  synopsis: 'SOURCE TARGET',
  positionals: { min: 2, max: 2 },
  arguments: TEXT_ARGUMENTS,
  options: [
    ...INPUT_OPTION_SPECS,
    { name: 'format', type: 'string', value: OUTPUT_FORMATS.join('|'), default: 'beads', description: 'the output format (moses needs -o PREFIX)' },
    OPTIONS.output,
    { name: 'dictionary', type: 'string', value: 'FILE', description: 'word translations, hunalign "target @ source" lines or TSV' },
    { name: 'no-realign', type: 'boolean', description: 'skip the second pass that learns word translations from the first' },
    { name: 'max-bead-size', type: 'string', value: 'N', default: '5', description: 'most sentences in one bead, both sides together (2 to 8)' },
    ...TMX_OPTION_SPECS,
  ],
  examples: [
    'bitekst align corpus/000_559091eebb7a8267.txt corpus/003_922ec93c98972236.txt',
    'bitekst align nb.txt en.txt --format tmx --tmx-lang nb-NO,en-GB -o memory.tmx',
  ],
};
