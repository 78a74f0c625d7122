import type { FindingKind } from '../../types.js';
import { INPUT_OPTION_SPECS, OPTIONS, TEXT_ARGUMENTS } from '../options.js';
import type { CommandSpec } from '../spec.js';

/**
 * Every finding kind, in report order: the check module's `FINDING_KINDS`, written out here so that
 * the help tables load no check (a test keeps the two lists the same).
 */
export const CHECK_KINDS: readonly FindingKind[] = ['omission', 'addition', 'number', 'name', 'length', 'untranslated', 'low-confidence', 'unbalanced', 'punctuation', 'spacing', 'inconsistent'];

/** `bitekst check`: what it takes and what its help shows. */
export const CHECK: CommandSpec = {
  name: 'check',
  summary: 'report where a translation departs from its source',
  synopsis: 'SOURCE TARGET',
  positionals: { min: 2, max: 2 },
  arguments: TEXT_ARGUMENTS,
  options: [
    ...INPUT_OPTION_SPECS,
    { name: 'format', type: 'string', value: 'text|json|sarif', default: 'text', description: 'for a person, a program, or code-review tools (SARIF 2.1.0)' },
    OPTIONS.output,
    { name: 'fail-on', type: 'string', value: 'error|warning|info', description: 'exit 1 when a finding of this severity or worse exists' },
    { name: 'kinds', type: 'string', value: 'K,K', default: 'all', description: `only these kinds: ${CHECK_KINDS.join(', ')}` },
    { name: 'exclude', type: 'string', value: 'K,K', description: 'leave out these kinds' },
    { name: 'min-severity', type: 'string', value: 'error|warning|info', default: 'info', description: 'leave out findings below this severity' },
    { name: 'suppress', type: 'string', value: 'ID', multiple: true, description: 'leave out a known false alarm by its id' },
  ],
  examples: ['bitekst check corpus/000_559091eebb7a8267.txt corpus/003_922ec93c98972236.txt --fail-on error'],
};
