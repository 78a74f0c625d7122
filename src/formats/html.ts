import type { Bead, DivergenceReport, Finding, FindingKind, Sentence } from '../types.js';
import { VERSION } from '../version.js';
import { escapeXml as escapeHtml } from './xml-escape.js';

/** Options of {@link formatHtml}. */
export interface HtmlOptions {
  /**
   * The report's title.
   * @default 'Translation report'
   */
  title?: string;
  /** Name of the source document, shown in the header. */
  sourceName?: string;
  /** Name of the target document. */
  targetName?: string;
}

const STYLE = `
:root { --ok: #2e7d32; --doubt: #b26a00; --bad: #c62828; --line: #d0d7de; --muted: #57606a; --mark: #fff1a8; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #fff; }
a.skip { position: absolute; left: -999px; } a.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; z-index: 2; }
header { padding: 16px 24px; border-bottom: 1px solid var(--line); background: #f6f8fa; }
h1 { font-size: 1.3em; margin: 0 0 4px; }
.docs { color: var(--muted); margin: 0 0 8px; }
.summary { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 8px 0; padding: 0; list-style: none; }
.summary li { white-space: nowrap; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0 0; padding: 6px 10px; }
fieldset label { margin-right: 14px; white-space: nowrap; }
main { padding: 8px 24px 40px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font-weight: 600; border-bottom: 2px solid var(--line); padding: 6px 8px; }
th.gutter, td.gutter { width: 5.5em; }
td { vertical-align: top; border-bottom: 1px solid var(--line); padding: 6px 8px; }
tr.bead:focus { outline: 2px solid #0969da; outline-offset: -2px; }
td.gutter { font-variant-numeric: tabular-nums; color: var(--muted); font-size: 0.85em; }
.bar { display: block; height: 6px; border-radius: 3px; background: var(--line); margin-top: 4px; overflow: hidden; }
.bar > span { display: block; height: 100%; }
.ok .bar > span { background: var(--ok); } .doubt .bar > span { background: var(--doubt); } .bad .bar > span { background: var(--bad); }
tr.doubt td.gutter { border-left: 4px solid var(--doubt); } tr.bad td.gutter { border-left: 4px solid var(--bad); }
tr.unaligned td.gutter { border-left: 4px dashed var(--muted); }
.sentence { display: block; margin-bottom: 4px; }
.index { color: var(--muted); font-size: 0.8em; margin-right: 4px; }
.none { color: var(--muted); font-style: italic; }
mark { background: var(--mark); border-bottom: 2px solid var(--bad); padding: 0 1px; }
ul.findings { margin: 6px 0 0; padding: 0; list-style: none; }
ul.findings li { margin: 2px 0; font-size: 0.92em; }
.badge { display: inline-block; min-width: 5.2em; font-size: 0.78em; font-weight: 600; text-transform: uppercase; border-radius: 4px; padding: 0 4px; margin-right: 6px; text-align: center; color: #fff; }
.badge.error { background: var(--bad); } .badge.warning { background: var(--doubt); } .badge.info { background: #6e7781; }
.kind { color: var(--muted); margin-right: 6px; }
.hidden { display: none !important; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { color: var(--muted); font-size: 0.85em; padding: 0 24px 24px; }
@media (max-width: 720px) {
  table, thead, tbody, tr, td { display: block; width: 100%; }
  thead { display: none; }
  th.gutter, td.gutter { width: auto; }
  td { border-bottom: none; }
  tr.bead { border-bottom: 1px solid var(--line); }
  td.side::before { content: attr(data-label); display: block; font-size: 0.75em; color: var(--muted); }
}
@media print {
  fieldset, a.skip, .controls { display: none; }
  body { font-size: 11pt; }
  tr.bead { break-inside: avoid; }
  .hidden { display: table-row !important; }
  mark { background: none; text-decoration: underline; }
}`;

const SCRIPT = `
(() => {
  const rows = [...document.querySelectorAll('tr.bead')];
  const boxes = [...document.querySelectorAll('input[data-kind]')];
  const onlyFindings = document.getElementById('only-findings');
  function apply() {
    const shown = new Set(boxes.filter((box) => box.checked).map((box) => box.dataset.kind));
    for (const item of document.querySelectorAll('[data-finding-kind]')) item.classList.toggle('hidden', !shown.has(item.dataset.findingKind));
    for (const row of rows) {
      const kinds = (row.dataset.kinds || '').split(' ').filter(Boolean);
      const visible = !onlyFindings.checked || kinds.some((kind) => shown.has(kind));
      row.classList.toggle('hidden', !visible);
    }
  }
  for (const input of [...boxes, onlyFindings]) input.addEventListener('change', apply);
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLInputElement || !['j', 'k'].includes(event.key)) return;
    const targets = rows.filter((row) => row.dataset.kinds && !row.classList.contains('hidden'));
    if (targets.length === 0) return;
    const at = targets.indexOf(document.activeElement);
    const next = event.key === 'j' ? targets[Math.min(targets.length - 1, at + 1)] : targets[Math.max(0, at - 1)];
    next.focus();
    next.scrollIntoView({ block: 'center' });
  });
  apply();
})();`;

interface Span {
  start: number;
  end: number;
  kind: FindingKind;
}

function highlighted(sentence: Sentence, spans: readonly Span[]): string {
  const ordered = [...spans].filter((span) => span.end <= sentence.text.length && span.start < span.end).sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    html += escapeHtml(sentence.text.slice(at, span.start));
    html += `<mark data-finding-kind="${span.kind}" title="${span.kind}">${escapeHtml(sentence.text.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  return html + escapeHtml(sentence.text.slice(at));
}

function spansFor(findings: readonly Finding[], side: 'source' | 'target', index: number): Span[] {
  const key = side === 'source' ? 'sourceSpan' : 'targetSpan';
  return findings.flatMap((finding) => {
    const span = finding.evidence[key];
    return span !== undefined && span.sentence === index ? [{ start: span.start, end: span.end, kind: finding.kind }] : [];
  });
}

function sideCell(report: DivergenceReport, bead: Bead, side: 'source' | 'target', findings: readonly Finding[]): string {
  const { alignment } = report;
  const lang = side === 'source' ? alignment.sourceLang : alignment.targetLang;
  const sentences = side === 'source' ? alignment.source : alignment.target;
  const label = side === 'source' ? 'Source' : 'Target';
  const body =
    bead[side].length === 0
      ? `<span class="none">— no counterpart in the ${side} —</span>`
      : bead[side].map((index) => `<span class="sentence"><span class="index">${index + 1}</span>${highlighted(sentences[index]!, spansFor(findings, side, index))}</span>`).join('');
  return `<td class="side" lang="${escapeHtml(lang)}" data-label="${label}">${body}</td>`;
}

function scoreClass(bead: Bead): string {
  if (bead.source.length === 0 || bead.target.length === 0) return 'unaligned';
  return bead.score >= 0.8 ? 'ok' : bead.score >= 0.5 ? 'doubt' : 'bad';
}

/**
 * A divergence report as one self-contained HTML page a translator reads in the browser (inline
 * CSS and JavaScript, nothing fetched): a summary at the top (findings per kind, alignment
 * coverage), the two texts side by side bead by bead, unaligned sentences marked, every finding
 * listed under its bead with the differing number or name highlighted in both sentences, and a
 * score gutter that shows doubtful beads at a glance. Reading needs no JavaScript; with it, a
 * filter by finding kind and keyboard navigation (`j`/`k` between beads with findings) work.
 * Narrow screens stack the two sides; printing drops the controls.
 */
export function formatHtml(report: DivergenceReport, options: HtmlOptions = {}): string {
  const { alignment, findings, summary } = report;
  const title = options.title ?? 'Translation report';
  const kinds = [...new Set(findings.map((finding) => finding.kind))];
  const findingsOf = (bead: Bead) =>
    findings.filter((finding) => finding.source.some((index) => bead.source.includes(index)) || finding.target.some((index) => bead.target.includes(index)));
  const rows = alignment.beads.map((bead, position) => {
    const own = findingsOf(bead);
    const cls = scoreClass(bead);
    const percent = Math.round(bead.score * 100);
    const label = cls === 'unaligned' ? 'unaligned' : `confidence ${percent} %`;
    const list =
      own.length === 0
        ? ''
        : `<ul class="findings">${own
            .map(
              (finding) =>
                `<li data-finding-kind="${finding.kind}" id="${escapeHtml(finding.id)}"><span class="badge ${finding.severity}">${finding.severity}</span><span class="kind">${finding.kind}${finding.subkind ? `/${escapeHtml(finding.subkind)}` : ''}</span>${escapeHtml(finding.message)}</li>`,
            )
            .join('')}</ul>`;
    return `<tr class="bead ${cls}" id="bead-${position + 1}" data-kinds="${[...new Set(own.map((finding) => finding.kind))].join(' ')}"${own.length > 0 ? ' tabindex="0"' : ''}>
<td class="gutter" aria-label="${label}">${cls === 'unaligned' ? (bead.source.length > 0 ? '1:0' : '0:1') : `${percent} %`}<span class="bar" aria-hidden="true"><span style="width:${percent}%"></span></span></td>
${sideCell(report, bead, 'source', own)}
${sideCell(report, bead, 'target', own).replace('</td>', `${list}</td>`)}
</tr>`;
  });
  const counts = Object.entries(summary.kinds).map(([kind, count]) => `<li><strong>${count}</strong> ${kind}</li>`).join('');
  const docs = [options.sourceName, options.targetName].every((name) => name !== undefined)
    ? `<p class="docs">${escapeHtml(options.sourceName!)} (${escapeHtml(alignment.sourceLang)}) → ${escapeHtml(options.targetName!)} (${escapeHtml(alignment.targetLang)})</p>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bitekst ${escapeHtml(VERSION)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#beads">Skip to the alignment</a>
<header>
<h1>${escapeHtml(title)}</h1>
${docs}
<ul class="summary" aria-label="Summary">
<li><strong>${findings.length}</strong> findings: ${summary.severities.error} errors, ${summary.severities.warning} warnings, ${summary.severities.info} notes</li>
<li>aligned: <strong>${Math.round(summary.coverage.source * 100)} %</strong> of source, <strong>${Math.round(summary.coverage.target * 100)} %</strong> of target sentences</li>
<li>${alignment.beads.length} beads</li>
${counts}
</ul>
<fieldset class="controls"><legend>Show findings of kind</legend>
${kinds.map((kind) => `<label><input type="checkbox" data-kind="${kind}" checked> ${kind}</label>`).join('\n')}
<label><input type="checkbox" id="only-findings"> only beads with these findings</label>
</fieldset>
</header>
<main id="beads">
<table>
<caption class="visually-hidden">Beads of the alignment, source and target side by side</caption>
<thead><tr><th class="gutter" scope="col">Score</th><th scope="col">Source (${escapeHtml(alignment.sourceLang)})</th><th scope="col">Target (${escapeHtml(alignment.targetLang)})</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>
<footer>Made by bitekst ${escapeHtml(VERSION)}. Keys: j / k move between beads with findings.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
