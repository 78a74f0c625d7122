import type { FindingKind, Severity } from '../../types.js';
import { checkDivergences } from '../../check/divergences.js';
import { BitekstError } from '../../errors.js';
import { formatFindingsText } from '../../formats/findings-text.js';
import { formatSarif } from '../../formats/sarif.js';
import { choice, parseCommand } from '../args.js';
import { readInputs } from '../inputs.js';
import type { CommandIO } from '../io.js';
import { writeOutput } from '../output.js';
import { nearest } from '../suggest.js';
import { CHECK, CHECK_KINDS } from '../specs/check.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;

function kindList(value: unknown, name: string): FindingKind[] | undefined {
  if (typeof value !== 'string') return undefined;
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !(CHECK_KINDS as string[]).includes(kind));
  if (unknown.length > 0) {
    const guess = nearest(unknown[0]!, CHECK_KINDS);
    throw new BitekstError('E_USAGE', `--${name}: expected kinds among ${CHECK_KINDS.join(', ')}, found ${unknown.join(', ')}${guess === undefined ? '' : `; did you mean ${guess}?`}`);
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
