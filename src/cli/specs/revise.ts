import { INPUT_OPTION_SPECS, OPTIONS } from '../options.js';
import type { CommandSpec } from '../spec.js';

/** `bitekst revise`: what it takes and what its help shows. */
export const REVISE: CommandSpec = {
  name: 'revise',
  summary: 'say which translated sentences are stale after a source revision',
  synopsis: 'OLD_SOURCE NEW_SOURCE TARGET',
  positionals: { min: 3, max: 3 },
  arguments: [
    ['OLD_SOURCE', 'the source the translation was made from; - reads standard input'],
    ['NEW_SOURCE', 'the revised source'],
    ['TARGET', 'the translation of OLD_SOURCE'],
  ],
  options: [
    ...INPUT_OPTION_SPECS,
    { name: 'format', type: 'string', value: 'text|json|html', default: 'text', description: 'for a person, a program or a browser' },
    OPTIONS.output,
    { name: 'fail-on', type: 'string', value: 'stale', description: 'exit 1 when a sentence is stale, orphaned or untranslated' },
  ],
  examples: ['bitekst revise old-nb.txt new-nb.txt en.txt --fail-on stale'],
};
