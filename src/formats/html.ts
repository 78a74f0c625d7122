import { plural } from './plural.js';
import { findingsByBead } from '../alignment.js';
import type { Bead, DivergenceReport, Finding, FindingKind, Sentence } from '../types.js';
import { VERSION } from '../version.js';
import { escapeXml as escapeHtml } from './xml-escape.js';
import { optionsObject, reportArgument } from '../options.js';

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
mark.quiet { background: none; border-bottom: none; }
.severities { display: flex; flex-wrap: wrap; gap: 6px 12px; margin: 8px 0 0; padding: 0; list-style: none; }
.severities li { white-space: nowrap; }
section.triage { margin: 10px 0 0; }
section.triage h2 { font-size: 1em; margin: 0 0 4px; }
ol.triage { margin: 0; padding-left: 1.4em; max-height: 40vh; overflow: auto; }
ol.triage li { margin: 2px 0; font-size: 0.92em; }
button.next { font: inherit; padding: 2px 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; cursor: pointer; }
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
  fieldset, a.skip, .controls, button.next { display: none; }
  body { font-size: 11pt; }
  tr.bead { break-inside: avoid; }
  .hidden { display: table-row !important; }
  mark { background: none; text-decoration: underline; }
}`;

const SCRIPT = `
(() => {
  const rows = [...document.querySelectorAll('tr.bead')];
  const items = [...document.querySelectorAll('li[data-finding-kind]')];
  const kindBoxes = [...document.querySelectorAll('input[data-kind]')];
  const severityBoxes = [...document.querySelectorAll('input[data-severity]')];
  const onlyFindings = document.getElementById('only-findings');
  const shownRows = () => rows.filter((row) => row.querySelector('li[data-finding-kind]:not(.hidden)') !== null);
  function apply() {
    const kinds = new Set(kindBoxes.filter((box) => box.checked).map((box) => box.dataset.kind));
    const severities = new Set(severityBoxes.filter((box) => box.checked).map((box) => box.dataset.severity));
    for (const item of items) item.classList.toggle('hidden', !kinds.has(item.dataset.findingKind) || !severities.has(item.dataset.severity));
    for (const mark of document.querySelectorAll('mark[data-finding-kind]')) mark.classList.toggle('quiet', !kinds.has(mark.dataset.findingKind));
    const visible = new Set(shownRows());
    for (const row of rows) row.classList.toggle('hidden', onlyFindings.checked && !visible.has(row));
  }
  function move(list, forward) {
    if (list.length === 0) return;
    const at = list.indexOf(document.activeElement);
    const current = at === -1 ? rows.indexOf(document.activeElement) : -1;
    let next;
    if (at !== -1) next = list[forward ? Math.min(list.length - 1, at + 1) : Math.max(0, at - 1)];
    else if (current !== -1) next = (forward ? list.find((row) => rows.indexOf(row) > current) : [...list].reverse().find((row) => rows.indexOf(row) < current)) || list[forward ? list.length - 1 : 0];
    else next = list[forward ? 0 : list.length - 1];
    next.focus();
    next.scrollIntoView({ block: 'center' });
  }
  const errorRows = () => shownRows().filter((row) => row.querySelector('li[data-severity="error"]:not(.hidden)') !== null);
  for (const input of [...kindBoxes, ...severityBoxes, onlyFindings]) input.addEventListener('change', apply);
  const nextError = document.getElementById('next-error');
  if (nextError) nextError.addEventListener('click', () => move(errorRows(), true));
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'j' || event.key === 'k') move(shownRows(), event.key === 'j');
    else if (event.key === 'n' || event.key === 'N') move(errorRows(), event.key === 'n');
  });
  apply();
})();`;

const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

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
 * The errors and warnings, most serious first, each linked to its bead: what the page opens on,
 * so that a translator reads the alarms before the notes.
 */
function triage(report: DivergenceReport): string {
  const beadOf = new Map<string, number>();
  report.alignment.beads.forEach((bead, position) => {
    for (const index of bead.source) beadOf.set(`s${index}`, position + 1);
    for (const index of bead.target) beadOf.set(`t${index}`, position + 1);
  });
  const alarms = report.findings
    .filter((finding) => finding.severity !== 'info')
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  if (alarms.length === 0) return `<section class="triage" aria-label="Errors and warnings"><h2>No errors or warnings</h2></section>`;
  const items = alarms.map((finding) => {
    const bead = beadOf.get(finding.source.length > 0 ? `s${finding.source[0]}` : `t${finding.target[0]}`) ?? 1;
    const kind = finding.subkind ? `${finding.kind}/${escapeHtml(finding.subkind)}` : finding.kind;
    return `<li data-triage-severity="${finding.severity}"><a href="#bead-${bead}"><span class="badge ${finding.severity}">${finding.severity}</span></a><span class="kind">${kind}</span>${escapeHtml(finding.message)}</li>`;
  });
  return `<section class="triage" aria-label="Errors and warnings"><h2>Errors and warnings, most serious first</h2><ol class="triage">${items.join('')}</ol></section>`;
}

/**
 * A divergence report as one self-contained HTML page a translator reads in the browser (inline
 * CSS and JavaScript, nothing fetched): a summary at the top (findings per kind, alignment
 * coverage), the two texts side by side bead by bead, unaligned sentences marked, every finding
 * listed under its bead with the differing number or name highlighted in both sentences, and a
 * score gutter that shows doubtful beads at a glance. The header counts findings per severity.
 * The page opens on the errors and warnings: a list of them, most serious first, each linked to
 * its bead, stands at the top, before the notes. Reading needs no JavaScript; with it, filters
 * by severity and by kind work, `j`/`k` move
 * between beads with shown findings, and `n`/`N` or the "Next error" button to the next or
 * previous error. Under each bead, errors come first.
 * Narrow screens stack the two sides; printing drops the controls.
 */
export function formatHtml(report: DivergenceReport, options: HtmlOptions = {}): string {
  reportArgument(report, 'formatHtml');
  optionsObject(options, 'formatHtml');
  const { alignment, findings, summary } = report;
  const title = options.title ?? 'Translation report';
  const kinds = [...new Set(findings.map((finding) => finding.kind))];
  // Under each bead, errors first, then warnings, then notes; findings indexed by bead once
  // (scanning every finding for every bead was quadratic in the document).
  const byBead = findingsByBead(alignment, findings);
  const rows = alignment.beads.map((bead, position) => {
    const own = [...byBead[position]!].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const cls = scoreClass(bead);
    const percent = Math.round(bead.score * 100);
    const label = cls === 'unaligned' ? 'unaligned' : `confidence ${percent} %`;
    const list =
      own.length === 0
        ? ''
        : `<ul class="findings">${own
            .map(
              (finding) =>
                `<li data-finding-kind="${finding.kind}" data-severity="${finding.severity}" id="${escapeHtml(finding.id)}"><span class="badge ${finding.severity}">${finding.severity}</span><span class="kind">${finding.kind}${finding.subkind ? `/${escapeHtml(finding.subkind)}` : ''}</span>${escapeHtml(finding.message)}</li>`,
            )
            .join('')}</ul>`;
    const worst = own[0]?.severity;
    return `<tr class="bead ${cls}" id="bead-${position + 1}" data-kinds="${[...new Set(own.map((finding) => finding.kind))].join(' ')}"${worst === undefined ? '' : ` data-severity="${worst}"`}${own.length > 0 ? ' tabindex="0"' : ''}>
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
<li><strong>${findings.length}</strong> ${findings.length === 1 ? 'finding' : 'findings'}: ${plural(summary.severities.error, 'error')}, ${plural(summary.severities.warning, 'warning')}, ${plural(summary.severities.info, 'note')}</li>
<li>aligned: <strong>${Math.round(summary.coverage.source * 100)} %</strong> of source, <strong>${Math.round(summary.coverage.target * 100)} %</strong> of target sentences</li>
<li>${alignment.beads.length} beads</li>
${counts}
</ul>
<ul class="severities" aria-label="Findings per severity">
<li><span class="badge error">error</span><strong>${summary.severities.error}</strong> the translation says something else</li>
<li><span class="badge warning">warning</span><strong>${summary.severities.warning}</strong> worth a look</li>
<li><span class="badge info">info</span><strong>${summary.severities.info}</strong> context</li>
<li><button type="button" class="next" id="next-error" title="Next error (key n; N goes back)"${summary.severities.error === 0 ? ' disabled' : ''}>Next error ↓</button></li>
</ul>
${triage(report)}
<fieldset class="controls"><legend>Show findings of severity</legend>
<label><input type="checkbox" data-severity="error" checked> errors</label>
<label><input type="checkbox" data-severity="warning" checked> warnings</label>
<label><input type="checkbox" data-severity="info" checked> notes</label>
</fieldset>
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
<footer>Made by bitekst ${escapeHtml(VERSION)}. Keys: j / k move between beads with shown findings, n / N to the next / previous error.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
