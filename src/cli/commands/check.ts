import type { FindingKind, Severity } from '../../types.js';
import { checkDivergences, FINDING_KINDS } from '../../check/divergences.js';
import { BitekstError } from '../../errors.js';
import { formatFindingsText } from '../../formats/findings-text.js';
import { formatSarif } from '../../formats/sarif.js';
import { choice, parseCommand } from '../args.js';
import { readInputs } from '../inputs.js';
import type { CommandIO } from '../io.js';
import { INPUT_OPTION_SPECS, OPTIONS, TEXT_ARGUMENTS } from '../options.js';
import { writeOutput } from '../output.js';
import type { CommandSpec } from '../spec.js';
import { nearest } from '../suggest.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;

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
    { name: 'kinds', type: 'string', value: 'K,K', default: 'all', description: `only these kinds: ${FINDING_KINDS.join(', ')}` },
    { name: 'exclude', type: 'string', value: 'K,K', description: 'leave out these kinds' },
    { name: 'min-severity', type: 'string', value: 'error|warning|info', default: 'info', description: 'leave out findings below this severity' },
    { name: 'suppress', type: 'string', value: 'ID', multiple: true, description: 'leave out a known false alarm by its id' },
  ],
  examples: ['bitekst check corpus/000_559091eebb7a8267.txt corpus/003_922ec93c98972236.txt --fail-on error'],
};

function kindList(value: unknown, name: string): FindingKind[] | undefined {
  if (typeof value !== 'string') return undefined;
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !(FINDING_KINDS as string[]).includes(kind));
  if (unknown.length > 0) {
    const guess = nearest(unknown[0]!, FINDING_KINDS);
    throw new BitekstError('E_USAGE', `--${name}: expected kinds among ${FINDING_KINDS.join(', ')}, found ${unknown.join(', ')}${guess === undefined ? '' : `; did you mean ${guess}?`}`);
  }
  return kinds as FindingKind[];
}

/** `bitekst check`: aligns two texts and reports where the translation departs from the source. */
export async function runCheck(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(CHECK, args);
  const format = choice(values.format, ['text', 'json', 'sarif'] as const, 'text', 'format');
  const failOn = values['fail-on'] === undefined ? undefined : choice(values['fail-on'], SEVERITIES, 'error', 'fail-on');
  const minSeverity = choice(values['min-severity'], SEVERITIES, 'info', 'min-severity');
  const kinds = kindList(values.kinds, 'kinds');
  const exclude = kindList(values.exclude, 'exclude');
  const inputs = await readInputs(positionals[0]!, positionals[1]!, values, io);
  const report = checkDivergences(
    { source: inputs.source, target: inputs.target },
    {
      sourceLang: inputs.sourceLang,
      targetLang: inputs.targetLang,
      minSeverity,
      suppress: (values.suppress as string[] | undefined) ?? [],
      ...(kinds === undefined ? {} : { kinds }),
      ...(exclude === undefined ? {} : { exclude }),
    },
  );
  const output = typeof values.output === 'string' ? values.output : '-';
  let content: string;
  if (format === 'json') content = JSON.stringify({ findings: report.findings, summary: report.summary }, null, 2) + '\n';
  else if (format === 'sarif') {
    content = formatSarif(report, {
      sourceUri: positionals[0]!,
      targetUri: positionals[1]!,
      ...(typeof inputs.source === 'string' ? { sourceText: inputs.source } : {}),
      ...(typeof inputs.target === 'string' ? { targetText: inputs.target } : {}),
    });
  } else content = formatFindingsText(report, { color: io.color && output === '-' });
  await writeOutput(output, content, io, positionals);
  if (failOn === undefined) return 0;
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  return report.findings.some((finding) => rank[finding.severity] >= rank[failOn]) ? 1 : 0;
}
