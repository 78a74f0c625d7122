import { OPTIONS } from '../options.js';
import type { CommandSpec } from '../spec.js';

/** `bitekst segment`: what it takes and what its help shows. */
export const SEGMENT: CommandSpec = {
  name: 'segment',
  summary: 'split a text into sentences',
  synopsis: 'FILE',
  positionals: { min: 1, max: 1 },
  arguments: [['FILE', 'the text (UTF-8, or UTF-16 with a byte-order mark); - reads standard input']],
  options: [
    { name: 'lang', type: 'string', value: 'TAG', default: 'nb', description: 'language of the text (BCP 47: nb, en, nn…)' },
    { name: 'format', type: 'string', value: 'lines|json', default: 'lines', description: 'one sentence per line, or the sentences with their spans (0-based offsets)' },
    { name: 'abbreviation', type: 'string', value: 'WORD', multiple: true, description: 'a further abbreviation that does not end a sentence (dvs, approx)' },
    OPTIONS.output,
  ],
  examples: ['bitekst segment corpus/000_559091eebb7a8267.txt --lang nb', 'echo "Mr. Smith came. He left." | bitekst segment - --lang en --format json'],
};
