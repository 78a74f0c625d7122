import { OPTIONS } from '../options.js';
import type { CommandSpec } from '../spec.js';

/** `bitekst pair`: what it takes and what its help shows. */
export const PAIR: CommandSpec = {
  name: 'pair',
  summary: 'find which documents translate which, and which have none',
  synopsis: 'SOURCE_DIR [TARGET_DIR]',
  positionals: { min: 1, max: 2 },
  arguments: [
    ['SOURCE_DIR', 'a folder of source documents; alone: a folder of both languages (each file\'s language detected) or RECORDS.jsonl of { id, lang, text } (- reads standard input)'],
    ['TARGET_DIR', 'a folder of target documents'],
  ],
  options: [
    OPTIONS['source-lang'],
    OPTIONS['target-lang'],
    { name: 'format', type: 'string', value: 'json|tsv', default: 'json', description: '{ pairs, groups, unpaired, issues } or one pair per line' },
    OPTIONS.output,
    { name: 'threshold', type: 'string', value: 'S', default: '0.5', description: 'least score of a pair (0 to 1)' },
    { name: 'align', type: 'string', value: 'OUT_DIR', description: "also write each pair's beads and divergence report into OUT_DIR" },
    { name: 'jobs', type: 'string', value: 'N', default: 'the number of cores (1 under 400 documents)', description: 'worker threads for the fingerprints and verifying alignments (a whole number ≥ 1); the result does not depend on it' },
    { name: 'worker-memory', type: 'string', value: 'MB', description: "each worker's heap limit (a whole number ≥ 16); a worker past it stops the run with E_WORKER" },
    OPTIONS.quiet,
  ],
  examples: ['bitekst pair corpus', 'bitekst pair nb/ en/ --format tsv --align aligned/', 'bitekst pair nb/ en/ --jobs 2 -o pairs.json'],
};
