import { checkDivergences, FINDING_KINDS } from '../../check/divergences.js';
import { BitekstError } from '../../errors.js';
import { formatFindingsText } from '../../formats/findings-text.js';
import { formatSarif } from '../../formats/sarif.js';
import { choice, parseCommandArgs } from '../args.js';
import { INPUT_OPTIONS, INPUT_USAGE, readInputs } from '../inputs.js';
import type { CommandIO } from '../io.js';
import type { FindingKind, Severity } from '../../types.js';

export const CHECK_USAGE = `bitekst check SOURCE TARGET ${INPUT_USAGE} [--format text|json|sarif] [--fail-on error|warning|info] [--kinds K,K] [--exclude K,K] [--min-severity error|warning|info] [--suppress ID]…`;

const SEVERITIES = ['error', 'warning', 'info'] as const;

function kindList(value: unknown, name: string): FindingKind[] | undefined {
  if (typeof value !== 'string') return undefined;
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !(FINDING_KINDS as string[]).includes(kind));
  if (unknown.length > 0) throw new BitekstError('E_USAGE', `--${name}: expected kinds among ${FINDING_KINDS.join(', ')}, found ${unknown.join(', ')}`);
  return kinds as FindingKind[];
}

/** `bitekst check`: aligns two texts and reports where the translation departs from the source. */
export async function runCheck(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...INPUT_OPTIONS,
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      kinds: { type: 'string' },
      exclude: { type: 'string' },
      'min-severity': { type: 'string' },
      suppress: { type: 'string', multiple: true },
    },
    { min: 2, max: 2, usage: CHECK_USAGE },
  );
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
      suppress: (values.suppress as unknown as string[] | undefined) ?? [],
      ...(kinds === undefined ? {} : { kinds }),
      ...(exclude === undefined ? {} : { exclude }),
    },
  );
  if (format === 'json') io.out(JSON.stringify({ findings: report.findings, summary: report.summary }, null, 2) + '\n');
  else if (format === 'sarif') {
    io.out(
      formatSarif(report, {
        sourceUri: positionals[0]!,
        targetUri: positionals[1]!,
        ...(typeof inputs.source === 'string' ? { sourceText: inputs.source } : {}),
        ...(typeof inputs.target === 'string' ? { targetText: inputs.target } : {}),
      }),
    );
  } else io.out(formatFindingsText(report, { color: io.isTTY && process.stdout.isTTY === true }));
  if (failOn === undefined) return 0;
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  return report.findings.some((finding) => rank[finding.severity] >= rank[failOn]) ? 1 : 0;
}
