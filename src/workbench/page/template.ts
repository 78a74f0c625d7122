import { PALETTE } from './palette.js';

const variables = Object.entries(PALETTE)
  .map(([name, value]) => `--${name}: ${value};`)
  .join(' ');

const STYLE = `
:root { ${variables} }
* { box-sizing: border-box; }
html, body { margin: 0; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--text); background: var(--background); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
header { padding: 8px 16px; background: var(--panel); border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; }
h1 { font-size: 1.15em; margin: 0; }
#status { margin: 0; flex: 1 1 20em; }
#status.error { color: var(--bad); font-weight: 600; }
progress { width: 12em; }
button, select, input, textarea { font: inherit; color: var(--text); }
button { padding: 3px 9px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); cursor: pointer; min-height: 32px; }
button:hover { background: var(--current); }
button:disabled { color: var(--muted); cursor: default; }
section { padding: 8px 16px; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.side { border: 2px dashed var(--line); border-radius: 8px; padding: 8px; }
.side.over { border-color: var(--focus); background: var(--current); }
.side label { display: block; font-weight: 600; }
textarea { width: 100%; min-height: 9em; resize: vertical; border: 1px solid var(--line); border-radius: 6px; padding: 6px; }
.row { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; margin: 6px 0; }
.hint, .muted { color: var(--muted); }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; padding: 4px 10px; }
legend { font-weight: 600; padding: 0 4px; }
fieldset label { white-space: nowrap; margin-right: 10px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 4px; position: sticky; top: 0; background: var(--background); padding: 6px 0; z-index: 1; }
.toolbar input[type=number] { width: 3.5em; }
#summary { margin: 4px 0; }
#scroller { height: 62vh; overflow: auto; overflow-anchor: none; border: 1px solid var(--line); border-radius: 6px; }
.bead { display: grid; grid-template-columns: 5.2em 1fr 1fr; border-bottom: 1px solid var(--line); }
.bead:focus { outline: 3px solid var(--focus); outline-offset: -3px; }
.bead.current { background: var(--current); }
.gutter { padding: 6px; font-variant-numeric: tabular-nums; color: var(--muted); font-size: 0.85em; border-left: 5px solid transparent; }
.bead.ok .gutter { border-left-color: var(--ok); } .bead.doubt .gutter { border-left-color: var(--doubt); } .bead.bad .gutter { border-left-color: var(--bad); }
.bead.unaligned .gutter { border-left: 5px dashed var(--muted); }
.fixed-tag { display: inline-block; background: var(--fixed); color: var(--onBadge); border-radius: 4px; padding: 0 4px; font-size: 0.85em; }
.cell { padding: 6px; min-width: 0; overflow-wrap: anywhere; }
.sentence { display: block; margin-bottom: 3px; white-space: pre-wrap; }
.index { color: var(--muted); font-size: 0.8em; margin-right: 4px; }
.none { color: var(--muted); font-style: italic; }
mark { background: var(--mark); color: var(--text); border-bottom: 2px solid var(--bad); }
ul.findings { grid-column: 2 / 4; margin: 0; padding: 0 6px 6px; list-style: none; }
ul.findings li { margin: 2px 0; font-size: 0.92em; }
ul.findings li.dismissed .message { text-decoration: line-through; color: var(--muted); }
ul.findings button { min-height: 26px; padding: 0 6px; margin-left: 6px; font-size: 0.9em; }
.badge { display: inline-block; min-width: 4.8em; font-size: 0.78em; font-weight: 600; text-transform: uppercase; border-radius: 4px; padding: 0 4px; margin-right: 6px; text-align: center; color: var(--onBadge); }
.badge.error { background: var(--bad); } .badge.warning { background: var(--doubt); } .badge.info { background: var(--info); }
.kind { color: var(--muted); margin-right: 6px; }
.state { font-weight: 600; margin-left: 6px; }
#help { position: fixed; inset: 10% 10% auto; max-height: 80vh; overflow: auto; background: var(--background); border: 2px solid var(--focus); border-radius: 8px; padding: 12px 16px; z-index: 3; }
#help table { border-collapse: collapse; } #help td { padding: 1px 8px; } kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; background: var(--panel); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { color: var(--muted); font-size: 0.85em; padding: 4px 16px 16px; }
@media (max-width: 720px) {
  .sides { grid-template-columns: 1fr; }
  .bead { grid-template-columns: 1fr; }
  ul.findings { grid-column: 1; }
  .gutter { border-left-width: 5px; }
  .cell::before { content: attr(data-label); display: block; font-size: 0.75em; color: var(--muted); }
  section, header { padding-left: 8px; padding-right: 8px; }
  .toolbar { position: static; gap: 3px; }
  .toolbar button { padding: 2px 6px; min-height: 30px; font-size: 0.9em; }
  #scroller { height: 70vh; }
}`;

const BODY = `
<header>
<h1>bitekst workbench</h1>
<p id="status" role="status" aria-live="polite">Paste or drop a text on each side, or drop a bitekst JSON, a saved session or a TMX.</p>
<progress id="progress" max="4" value="0" hidden aria-label="Alignment progress"></progress>
<button type="button" id="show-input" hidden aria-expanded="false" aria-controls="input">Texts…</button>
</header>
<main>
<section id="input" aria-label="Texts to align">
<div class="sides">
<div class="side" id="source-side" data-side="source">
<label for="source-text">Source text</label>
<textarea id="source-text" spellcheck="false"></textarea>
<div class="row"><label for="source-file" class="muted">or a file</label><input type="file" id="source-file" accept=".txt,.json,.tmx,text/plain,application/json"></div>
<div class="row"><label for="source-lang">Language</label><input id="source-lang" value="nb" size="8" aria-describedby="source-detected"><span id="source-detected" class="muted"></span></div>
</div>
<div class="side" id="target-side" data-side="target">
<label for="target-text">Target text (the translation)</label>
<textarea id="target-text" spellcheck="false"></textarea>
<div class="row"><label for="target-file" class="muted">or a file</label><input type="file" id="target-file" accept=".txt,.json,.tmx,text/plain,application/json"></div>
<div class="row"><label for="target-lang">Language</label><input id="target-lang" value="en" size="8" aria-describedby="target-detected"><span id="target-detected" class="muted"></span></div>
</div>
</div>
<div class="row"><button type="button" id="align" aria-keyshortcuts="Control+Enter" title="Align (Ctrl+Enter)">Align and check</button><span class="hint">Nothing leaves this page: the texts are aligned here, in your browser.</span></div>
</section>
<section id="review" aria-label="Review" hidden>
<div class="toolbar" role="toolbar" aria-label="Edit the current bead" id="toolbar"></div>
<div id="summary" aria-live="polite"></div>
<fieldset id="severity-filter"><legend>Show findings of severity</legend></fieldset>
<fieldset id="kind-filter"><legend>Show findings of kind</legend></fieldset>
<div id="scroller" aria-label="Beads, source and target side by side"><div id="before"></div><div id="rows" role="list"></div><div id="after"></div></div>
<fieldset id="export"><legend>Export</legend>
<div class="row">
<label>Format <select id="export-format"><option value="tmx">TMX 1.4b</option><option value="tsv">TSV</option><option value="moses">Moses (two files)</option><option value="json">JSON</option><option value="session">Session (reopens here)</option></select></label>
<label>TMX minimum score <input type="number" id="min-score" min="0" max="1" step="0.05" value="0.5"></label>
<label><input type="checkbox" id="include-unaligned"> TMX: include sentences with no counterpart</label>
<label>TMX language codes <input id="tmx-lang" size="12" placeholder="nb-NO,en-GB"></label>
<label><input type="checkbox" id="leave-out-dismissed"> leave out dismissed findings</label>
</div>
<div class="row" id="export-buttons"></div>
</fieldset>
</section>
<div id="help" role="dialog" aria-modal="false" aria-labelledby="help-title" hidden><h2 id="help-title">Keys</h2><table id="help-keys"></table><p><button type="button" id="help-close">Close (Escape)</button></p></div>
</main>
<footer>Made by bitekst. Press <kbd>?</kbd> for the keys.</footer>`;

/**
 * The workbench page around its script: everything inline (style, markup, the bundled library
 * and page code), nothing fetched, so it works offline and from a file:// URL. `script` is the
 * bundle; a `</script` or `<!--` inside it would end or confuse the script element, so they
 * are written with a backslash the JavaScript parser ignores inside strings and regular
 * expressions, the only places a minified bundle can hold them (checked at build time).
 *
 * The content security policy lets only that script run (by its SHA-256), and blob: workers:
 * no inline handler or injected script could run even if markup got in, and nothing is fetched.
 *
 * @throws {Error} when the bundle holds those sequences outside a string (a build fault).
 */
export function workbenchHtml(script: string, version: string, sha256Base64: (text: string) => string): string {
  const safe = script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  if (/<\/script/i.test(safe)) throw new Error('workbench bundle: could not escape </script');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bitekst ${version.replace(/[^\w.+-]/g, '')}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${sha256Base64(safe)}' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'">
<title>bitekst workbench</title>
<style>${STYLE}</style>
</head>
<body>${BODY}
<!--bitekst-preload-->
<script id="bitekst-workbench">${safe}</script>
</body>
</html>
`;
}
