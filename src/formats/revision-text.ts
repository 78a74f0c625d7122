import type { RevisionReport } from '../types.js';
import { reportArgument } from '../options.js';
/**
 * A revision report for a person: the summary, then each target sentence that needs work — stale
 * (with the source change shown inline, removed words [-like this-] and added {+like this+}) or
 * orphaned — and the new source sentences with no translation.
 */
export function formatRevisionText(report: RevisionReport): string {
  reportArgument(report, 'formatRevisionText', ['changes', 'targets']);
  const out = [report.summary.message, ''];
  const newText = (index: number) => report.alignment.source[index]?.text ?? '';
  for (const status of report.targets) {
    if (status.status !== 'stale' && status.status !== 'orphaned') continue;
    out.push(`${status.status.toUpperCase()}  target ${status.target + 1}: ${report.alignment.target[status.target]?.text ?? ''}`);
    if (status.reason) out.push(`  because ${status.reason}`);
    for (const old of status.oldSource) {
      const change = report.changes.find((entry) => entry.old === old);
      if (change?.words !== undefined) {
        out.push(`  source: ${change.words.map((word) => (word.type === 'same' ? word.text : word.type === 'added' ? `{+${word.text}+}` : `[-${word.text}-]`)).join('')}`);
      } else out.push(`  source (old): ${report.oldSource[old]?.text ?? ''}`);
    }
    out.push('');
  }
  for (const index of report.untranslated) out.push(`UNTRANSLATED  new source ${index + 1}: ${newText(index)}`);
  return out.join('\n') + '\n';
}
