import { VERSION } from '../version.js';
import { escapeXml as escape } from './xml-escape.js';
import type { RevisionReport } from '../types.js';
import { optionsObject, reportArgument } from '../options.js';

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1f2328; }
header { padding: 16px 24px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
h1 { font-size: 1.3em; margin: 0 0 6px; }
main { padding: 8px 24px 32px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #d0d7de; }
.status { font-size: 0.78em; font-weight: 600; text-transform: uppercase; border-radius: 4px; padding: 0 5px; color: #fff; white-space: nowrap; }
.stale { background: #b26a00; } .orphaned { background: #c62828; } .valid, .moved { background: #2e7d32; } .unaligned, .untranslated { background: #6e7781; }
del { background: #ffd7d5; text-decoration: line-through; } ins { background: #ccffd8; text-decoration: none; }
.reason { color: #57606a; font-size: 0.9em; }
@media (max-width: 720px) { table, tr, td, th { display: block; } thead { display: none; } }
@media print { header { background: none; } }`;

/**
 * A revision report as one self-contained HTML page, in the style of the alignment report: the
 * summary, then every target sentence with its status, the reason and the source change shown
 * inline (deleted words struck through, added words marked), and the new sentences that need a
 * translation.
 */
export function formatRevisionHtml(report: RevisionReport, options: { title?: string } = {}): string {
  reportArgument(report, 'formatRevisionHtml', ['changes', 'targets']);
  optionsObject(options, 'formatRevisionHtml');
  const rows = report.targets.map((status) => {
    const sourceCells = status.oldSource
      .map((old) => {
        const change = report.changes.find((entry) => entry.old === old);
        if (change?.words === undefined) return escape(report.oldSource[old]?.text ?? '');
        return change.words.map((word) => (word.type === 'same' ? escape(word.text) : word.type === 'added' ? `<ins>${escape(word.text)}</ins>` : `<del>${escape(word.text)}</del>`)).join('');
      })
      .join(' ');
    return `<tr class="row-${status.status}"><td><span class="status ${status.status}">${status.status}</span></td><td lang="${escape(report.alignment.targetLang)}">${escape(report.alignment.target[status.target]?.text ?? '')}${status.reason ? `<div class="reason">because ${escape(status.reason)}</div>` : ''}</td><td lang="${escape(report.alignment.sourceLang)}">${sourceCells}</td></tr>`;
  });
  const untranslated = report.untranslated.map(
    (index) => `<tr class="row-untranslated"><td><span class="status untranslated">untranslated</span></td><td></td><td lang="${escape(report.alignment.sourceLang)}">${escape(report.alignment.source[index]?.text ?? '')}</td></tr>`,
  );
  const title = options.title ?? 'Revision report';
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="bitekst ${escape(VERSION)}"><title>${escape(title)}</title><style>${STYLE}</style></head>
<body>
<header><h1>${escape(title)}</h1><p>${escape(report.summary.message)}</p></header>
<main><table>
<thead><tr><th>Status</th><th>Translation (${escape(report.alignment.targetLang)})</th><th>Source change (${escape(report.alignment.sourceLang)})</th></tr></thead>
<tbody>
${[...rows, ...untranslated].join('\n')}
</tbody></table></main>
</body>
</html>
`;
}
