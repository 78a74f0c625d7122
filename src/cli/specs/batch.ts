import { OPTIONS } from '../options.js';
import type { CommandSpec } from '../spec.js';

/** `bitekst batch`: what it takes and what its help shows. */
export const BATCH: CommandSpec = {
  name: 'batch',
  summary: 'align and check every record of a JSONL corpus, on every core',
  synopsis: 'INPUT.jsonl',
  positionals: { min: 1, max: 1 },
  arguments: [['INPUT.jsonl', 'records { id, source, target } or collections { id, sources, targets }; - reads standard input']],
  options: [
    { name: 'output', short: 'o', type: 'string', value: 'OUTPUT.jsonl', description: 'where the output records go (required); - is standard output, with no --resume' },
    { name: 'jobs', type: 'string', value: 'N', default: 'the number of cores', description: 'worker threads (a whole number ≥ 1)' },
    { name: 'resume', type: 'boolean', description: 'continue OUTPUT.jsonl.partial from an interrupted run' },
    { name: 'shard', type: 'string', value: 'K/N', description: 'only the records whose id hashes to shard K of N' },
    OPTIONS['source-lang'],
    OPTIONS['target-lang'],
    { name: 'no-check', type: 'boolean', description: 'align only, with no divergence findings' },
    { name: 'max-cells', type: 'string', value: 'N', default: '40000000', description: "a record's alignment budget (a whole number ≥ 1); past it the record fails with E_BUDGET" },
    { name: 'worker-memory', type: 'string', value: 'MB', description: "each worker's heap limit (a whole number ≥ 16); a worker past it fails its records with E_WORKER and is replaced" },
    OPTIONS.quiet,
  ],
  examples: ['bitekst batch corpus.jsonl -o aligned.jsonl --jobs 4', 'bitekst batch corpus.jsonl -o part-1.jsonl --shard 1/4'],
};
