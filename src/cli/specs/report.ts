import { INPUT_OPTION_SPECS, OPTIONS, TEXT_ARGUMENTS } from '../options.js';
import type { CommandSpec } from '../spec.js';

/** `bitekst report`: what it takes and what its help shows. */
export const REPORT: CommandSpec = {
  name: 'report',
  summary: 'write the HTML report of a translation',
  synopsis: 'SOURCE TARGET',
  positionals: { min: 2, max: 2 },
  arguments: TEXT_ARGUMENTS,
  options: [...INPUT_OPTION_SPECS, OPTIONS.output, { name: 'title', type: 'string', value: 'TEXT', default: 'the file names', description: 'the title of the page' }],
  examples: ['bitekst report corpus/000_559091eebb7a8267.txt corpus/003_922ec93c98972236.txt -o report.html'],
};
