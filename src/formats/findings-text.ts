import { plural } from './plural.js';
import type { DivergenceReport, Finding, Sentence, SentenceSpan } from '../types.js';
import { optionsObject, reportArgument } from '../options.js';

/** Options of {@link formatFindingsText}. */
export interface FindingsTextOptions {
  /**
   * Mark highlighted spans with ANSI colours (for a terminal) instead of ⟦ ⟧.
   * @default false
   */
  color?: boolean;
}

const MARKS = { plain: ['⟦', '⟧'], color: ['\u001b[1;31m', '\u001b[0m'] } as const;

function highlight(sentence: Sentence, span: SentenceSpan | undefined, color: boolean): string {
  if (span === undefined || span.end > sentence.text.length) return sentence.text;
  const [open, close] = color ? MARKS.color : MARKS.plain;
  return sentence.text.slice(0, span.start) + open + sentence.text.slice(span.start, span.end) + close + sentence.text.slice(span.end);
}

function lines(report: DivergenceReport, finding: Finding, color: boolean): string[] {
  const { alignment } = report;
  const out: string[] = [];
  for (const index of finding.source) {
    const span = finding.evidence.sourceSpan?.sentence === index ? finding.evidence.sourceSpan : undefined;
    out.push(`    ${alignment.sourceLang} ${String(index + 1).padStart(3)} │ ${highlight(alignment.source[index]!, span, color)}`);
  }
  for (const index of finding.target) {
    const span = finding.evidence.targetSpan?.sentence === index ? finding.evidence.targetSpan : undefined;
    out.push(`    ${alignment.targetLang} ${String(index + 1).padStart(3)} │ ${highlight(alignment.target[index]!, span, color)}`);
  }
  return out;
}

/**
 * A divergence report for a person: a summary line, then each finding (errors first, then
 * warnings, then notes, each in document order) with its severity, kind, id and message, followed by the sentences it concerns (1-based numbers) with the differing
 * number or name highlighted.
 */
export function formatFindingsText(report: DivergenceReport, options: FindingsTextOptions = {}): string {
  reportArgument(report, 'formatFindingsText');
  optionsObject(options, 'formatFindingsText');
  const color = options.color ?? false;
  const { severities, kinds, coverage } = report.summary;
  const counts = Object.entries(kinds).map(([kind, count]) => `${count} ${kind}`).join(', ');
  const out = [
    `${plural(report.findings.length, 'finding')}: ${plural(severities.error, 'error')}, ${plural(severities.warning, 'warning')}, ${plural(severities.info, 'note')}${counts ? ` (${counts})` : ''}`,
    `aligned: ${Math.round(coverage.source * 100)} % of source and ${Math.round(coverage.target * 100)} % of target sentences`,
    '',
  ];
  // Errors first, then warnings, then notes; document order within each.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const ordered = report.findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.index - b.index);
  for (const { finding } of ordered) {
    const kind = finding.subkind === undefined ? finding.kind : `${finding.kind}/${finding.subkind}`;
    out.push(`${finding.severity.toUpperCase().padEnd(7)} ${kind}  [${finding.id}]`);
    out.push(`  ${finding.message}`);
    out.push(...lines(report, finding, color), '');
  }
  return out.join('\n');
}
