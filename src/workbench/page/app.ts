/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { findingsByBead } from '../../alignment.js';
import { FINDING_KINDS } from '../../check/divergences.js';
import { isBitekstError } from '../../errors.js';
import type { Finding, FindingKind, Severity } from '../../types.js';
import {
  acceptFinding,
  confirmBead,
  defaultSplit,
  dismissFinding,
  markNoCounterpart,
  mergeWithNext,
  moveSentence,
  splitBead,
  type Edit,
} from '../edits.js';
import { exportSession, type ExportFile, type ExportFormat, type ExportOptions } from '../export.js';
import { EMPTY_HISTORY, perform, redo, undo, type History, type Step } from '../history.js';
import { checkFileSize, checkPair, readFile, readText } from '../input.js';
import { realignEdit, realignTasks } from '../realign.js';
import { checkSession, createCheckCache, recheckSession, type CheckCache } from '../recheck.js';
import { createSession, type Session, type WorkbenchBead } from '../session.js';
import { rowOffset, visibleRange } from '../virtual-range.js';
import { byId, el } from './dom.js';
import { actionOf, BINDINGS, keysOf, type Action } from './keys.js';
import { renderBead } from './render-bead.js';
import { runAlignment, runRealign, STEPS, type AlignRequest, type RealignRequest, type WorkerMessage } from './worker.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_LABELS: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'notes' };

/** The page's state: the session and everything derived from it. Only this module touches it. */
interface State {
  session: Session;
  history: History;
  findings: Finding[];
  byBead: Finding[][];
  cache: CheckCache | undefined;
  current: number;
  kinds: Set<FindingKind>;
  severities: Set<Severity>;
  onlyFindings: boolean;
  /** Bead indices shown, after the filters. */
  visible: number[];
  /** Estimated or measured height of each shown row, by position in `visible`. */
  heights: number[];
}

let state: State | undefined;
let worker: Worker | undefined;
let sourceName = 'source.txt';
let targetName = 'target.txt';

function setStatus(message: string, error = false): void {
  const status = byId('status');
  status.textContent = message;
  status.classList.toggle('error', error);
}

function describeError(error: unknown): string {
  return isBitekstError(error) ? `${error.message} (${error.code})` : `unexpected error: ${String((error as Error)?.message ?? error)}`;
}

// --- Input -------------------------------------------------------------------------------------

function languageInput(side: 'source' | 'target'): HTMLInputElement {
  return byId<HTMLInputElement>(`${side}-lang`);
}

function setSideText(side: 'source' | 'target', text: string, name: string): void {
  const { lang } = readText(text, name);
  byId<HTMLTextAreaElement>(`${side}-text`).value = text;
  if (side === 'source') sourceName = name;
  else targetName = name;
  byId(`${side}-detected`).textContent = lang === undefined ? 'language not detected' : `detected: ${lang}`;
  if (lang !== undefined) languageInput(side).value = lang;
}

async function readDropped(file: File): Promise<ReturnType<typeof readFile>> {
  checkFileSize(file.size, file.name);
  return readFile(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** Files dropped or chosen: an alignment opens for review; texts fill their side (two texts: both sides). */
async function takeFiles(files: readonly File[], side: 'source' | 'target' | undefined): Promise<void> {
  try {
    const read = [];
    for (const file of files.slice(0, 2)) {
      try {
        read.push(await readDropped(file));
      } catch (error) {
        const message = describeError(error);
        setStatus(`Could not read ${file.name}: ${message.startsWith(`${file.name}: `) ? message.slice(file.name.length + 2) : message}`, true);
        return;
      }
    }
    const alignment = read.find((entry) => entry.kind === 'alignment');
    if (alignment !== undefined && alignment.kind === 'alignment') {
      openSession(alignment.session);
      setStatus(`Opened ${alignment.name}: ${alignment.session.beads.length} beads.`);
      return;
    }
    const texts = read.filter((entry) => entry.kind === 'text');
    if (texts.length === 2) {
      // Two texts at once: the Norwegian one is the source when detection tells them apart.
      const [first, second] = texts[0]!.lang === 'en' && texts[1]!.lang !== 'en' ? [texts[1]!, texts[0]!] : [texts[0]!, texts[1]!];
      setSideText('source', first.text, first.name);
      setSideText('target', second.text, second.name);
      setStatus(`Read ${first.name} and ${second.name}. Press "Align and check" (Ctrl+Enter).`);
    } else if (texts.length === 1) {
      setSideText(side ?? 'source', texts[0]!.text, texts[0]!.name);
      setStatus(`Read ${texts[0]!.name} as the ${side ?? 'source'}.`);
    }
  } catch (error) {
    setStatus(`Could not read the file: ${describeError(error)}`, true);
  }
}

function startAlignment(): void {
  const source = byId<HTMLTextAreaElement>('source-text').value;
  const target = byId<HTMLTextAreaElement>('target-text').value;
  const request: AlignRequest = { type: 'align', source, target, sourceLang: languageInput('source').value.trim(), targetLang: languageInput('target').value.trim() };
  try {
    readText(source, sourceName);
    readText(target, targetName);
    checkPair(source, target);
  } catch (error) {
    setStatus(describeError(error), true);
    return;
  }
  const progress = byId<HTMLProgressElement>('progress');
  progress.hidden = false;
  progress.max = STEPS;
  progress.value = 0;
  byId<HTMLButtonElement>('align').disabled = true;
  const started = performance.now();
  const onMessage = (message: WorkerMessage) => {
    if (message.type === 'progress') {
      progress.value = message.step;
      setStatus(`Step ${message.step + 1} of ${message.steps}: ${message.label}…`);
      return;
    }
    progress.hidden = true;
    byId<HTMLButtonElement>('align').disabled = false;
    if (message.type === 'error') {
      setStatus(`${message.message} (${message.code})`, true);
      return;
    }
    if (message.type !== 'done') return;
    openSession(createSession(message.alignment, { source: sourceName, target: targetName }), message.findings);
    setStatus(`Aligned ${message.alignment.source.length} and ${message.alignment.target.length} sentences in ${Math.round(performance.now() - started)} ms: ${message.alignment.beads.length} beads, ${message.findings.length} findings.`);
  };
  askWorker(request, onMessage);
}

/** Sends a request to the worker (or, where none can start, runs it on the page) and passes on its answers. */
function askWorker(request: AlignRequest | RealignRequest, onMessage: (message: WorkerMessage) => void): void {
  const running = alignmentWorker();
  if (running === undefined) {
    setStatus('Aligning on the page (no worker available)…');
    setTimeout(() => (request.type === 'align' ? runAlignment(request, onMessage) : runRealign(request, onMessage)), 0);
    return;
  }
  running.onmessage = (event: MessageEvent<WorkerMessage>) => onMessage(event.data);
  running.onerror = (event) => {
    event.preventDefault();
    onMessage({ type: 'error', code: 'E_INTERNAL', message: `the alignment worker failed: ${event.message}` });
  };
  running.postMessage(request);
}

/**
 * "Re-align the rest" with the stretches aligned in the worker, so that a long document's page
 * stays responsive; an edit made meanwhile makes the result stale, and it is dropped.
 */
function realignRest(current: State): void {
  const session = current.session;
  const tasks = realignTasks(session);
  if (tasks.length === 0) {
    setStatus('Re-align the rest: nothing to re-align (every stretch is corrected or one-sided).');
    return;
  }
  const progress = byId<HTMLProgressElement>('progress');
  progress.hidden = false;
  progress.max = tasks.length;
  progress.value = 0;
  const request: RealignRequest = {
    type: 'realign',
    sourceLang: session.sourceLang,
    targetLang: session.targetLang,
    tasks: tasks.map((task) => ({ source: task.source.map((index) => session.source[index]!), target: task.target.map((index) => session.target[index]!) })),
  };
  askWorker(request, (message) => {
    if (message.type === 'progress') {
      progress.value = message.step;
      setStatus(`Step ${message.step + 1} of ${message.steps}: ${message.label}…`);
      return;
    }
    progress.hidden = true;
    if (message.type === 'error') return setStatus(`${message.message} (${message.code})`, true);
    if (message.type !== 'realigned') return;
    if (state !== current || current.session !== session) return setStatus('Re-align the rest: the beads changed meanwhile; press r again.', true);
    apply((now) => realignEdit(now, tasks, message.beads), 'Re-aligned the rest around the corrected beads');
  });
}

/** The worker: this same bundle, from the page's own script element, as a Blob (nothing fetched). */
function alignmentWorker(): Worker | undefined {
  if (worker !== undefined) return worker;
  try {
    const code = byId('bitekst-workbench').textContent ?? '';
    worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    return worker;
  } catch {
    return undefined;
  }
}

// --- Review ------------------------------------------------------------------------------------

function ensureCache(current: State): CheckCache {
  current.cache ??= createCheckCache(current.session);
  return current.cache;
}

function openSession(session: Session, findings?: Finding[]): void {
  const fresh: State = {
    session,
    history: EMPTY_HISTORY,
    findings: [],
    byBead: [],
    cache: undefined,
    current: 0,
    kinds: new Set(FINDING_KINDS),
    severities: new Set(SEVERITIES),
    onlyFindings: false,
    visible: [],
    heights: [],
  };
  fresh.findings = findings ?? checkSession(session, ensureCache(fresh));
  state = fresh;
  byId('review').hidden = false;
  showInput(false);
  // The sentences' analysis, which every re-check reads, is made while the translator reads.
  setTimeout(() => {
    if (state === fresh) ensureCache(fresh);
  }, 50);
  languageInput('source').value = session.sourceLang;
  languageInput('target').value = session.targetLang;
  byId('kind-filter').dataset.kinds = '';
  refresh(true);
  focusCurrent();
}

/** Shows or hides the texts to align (hidden while reviewing, to give the beads the room). */
function showInput(show: boolean): void {
  byId('input').hidden = !show;
  const button = byId('show-input');
  button.hidden = false;
  button.setAttribute('aria-expanded', String(show));
  button.textContent = show ? 'Hide the texts' : 'Texts…';
}

function shown(current: State, finding: Finding): boolean {
  return current.kinds.has(finding.kind) && current.severities.has(finding.severity);
}

/** Recomputes what derives from the findings and the filters, then redraws. */
function refresh(resetHeights: boolean): void {
  const current = state!;
  current.byBead = findingsByBead({ beads: current.session.beads as WorkbenchBead[] }, current.findings);
  const previousVisible = current.visible;
  current.visible = current.session.beads.flatMap((_, index) => (!current.onlyFindings || current.byBead[index]!.some((finding) => shown(current, finding)) ? [index] : []));
  if (resetHeights || previousVisible.length !== current.visible.length) current.heights = current.visible.map((index) => estimateHeight(current, index));
  current.current = Math.min(Math.max(0, current.current), current.session.beads.length - 1);
  if (current.visible.length > 0 && !current.visible.includes(current.current)) current.current = current.visible.find((index) => index >= current.current) ?? current.visible[current.visible.length - 1]!;
  buildFilters(); // an edit can bring a kind of finding the filters did not list
  updateSummary(current);
  updateToolbar(current);
  renderRows();
}

function estimateHeight(current: State, index: number): number {
  const bead = current.session.beads[index]!;
  const width = Math.max(160, (byId('scroller').clientWidth || 800) / (window.innerWidth <= 720 ? 1 : 2.4));
  const lines = (side: 'source' | 'target', sentences: Session['source']) => bead[side].reduce((sum, sentence) => sum + Math.ceil((sentences[sentence]!.text.length * 7.5) / width), 0) || 1;
  const text = window.innerWidth <= 720 ? lines('source', current.session.source) + lines('target', current.session.target) : Math.max(lines('source', current.session.source), lines('target', current.session.target));
  return 16 + text * 22 + current.byBead[index]!.length * 26;
}

/** Whether the focus is in the list of beads (kept across redraws, which remove the focused row). */
let listFocused = false;

let framePending = false;
function scheduleRender(): void {
  if (framePending) return;
  framePending = true;
  requestAnimationFrame(() => {
    framePending = false;
    renderRows();
  });
}

/** Draws the rows in view only (a virtual list), then measures them to correct the estimates. */
function renderRows(): void {
  const current = state;
  if (current === undefined) return;
  const scroller = byId('scroller');
  const range = visibleRange(current.heights, scroller.scrollTop, scroller.clientHeight || 600);
  const dismissed = new Set(current.session.suppressions);
  const accepted = new Set(current.session.accepted);
  const rows = byId('rows');
  // Focus inside the list stays there: on the current bead's row once the rows are redrawn (a
  // redraw removes the focused row, which leaves the focus on the body).
  const active = document.activeElement;
  const hadFocus = listFocused && (active === null || active === document.body || rows.contains(active));
  const elements: HTMLElement[] = [];
  for (let position = range.start; position < range.end; position += 1) {
    const index = current.visible[position]!;
    elements.push(
      renderBead({
        index,
        bead: current.session.beads[index]!,
        source: current.session.source,
        target: current.session.target,
        sourceLang: current.session.sourceLang,
        targetLang: current.session.targetLang,
        findings: current.byBead[index]!.filter((finding) => shown(current, finding)),
        dismissed,
        accepted,
        current: index === current.current,
      }),
    );
  }
  // The spacers first, so that the list never gets shorter than the scroll position while the
  // rows are swapped (the browser would clamp the position and the list would jump to the top).
  let estimatedAfter = 0;
  for (let position = range.end; position < current.heights.length; position += 1) estimatedAfter += current.heights[position]!;
  byId('before').style.height = `${range.before}px`;
  byId('after').style.height = `${estimatedAfter}px`;
  rows.replaceChildren(...elements);
  elements.forEach((element, offset) => {
    const height = element.offsetHeight;
    if (height > 0) current.heights[range.start + offset] = height;
  });
  let after = 0;
  for (let position = range.end; position < current.heights.length; position += 1) after += current.heights[position]!;
  byId('before').style.height = `${range.before}px`;
  byId('after').style.height = `${after}px`;
  if (hadFocus) rows.querySelector<HTMLElement>(`.bead[data-bead="${current.current}"]`)?.focus({ preventScroll: true });
}

/** Scrolls the current bead into view (rendering it) and gives it the focus. */
function focusCurrent(): void {
  const current = state;
  if (current === undefined) return;
  const position = current.visible.indexOf(current.current);
  if (position === -1) return;
  const scroller = byId('scroller');
  const top = rowOffset(current.heights, position);
  const height = current.heights[position] ?? 40;
  if (top < scroller.scrollTop || top + height > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
  listFocused = true;
  renderRows();
  const row = byId('rows').querySelector<HTMLElement>(`.bead[data-bead="${current.current}"]`);
  row?.focus({ preventScroll: true });
}

function setCurrent(index: number): void {
  const current = state!;
  if (index === current.current) return;
  current.current = index;
  updateToolbar(current);
  renderRows();
}

function updateSummary(current: State): void {
  const open = current.findings.filter((finding) => !current.session.suppressions.includes(finding.id));
  const count = (severity: Severity) => open.filter((finding) => finding.severity === severity).length;
  const fixed = current.session.beads.filter((bead) => bead.fixed).length;
  byId('summary').textContent =
    `${current.session.names.source} (${current.session.sourceLang}) → ${current.session.names.target} (${current.session.targetLang}): ` +
    `${current.session.beads.length} beads, ${fixed} corrected; ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes open; ` +
    `${current.session.suppressions.length} dismissed, ${current.session.accepted.length} accepted. Showing ${current.visible.length} beads.`;
}

// --- Edits -------------------------------------------------------------------------------------

function apply(make: (session: Session) => Edit | undefined, done: string): void {
  const current = state;
  if (current === undefined) return;
  try {
    const edit = make(current.session);
    if (edit === undefined) {
      setStatus(`${done}: nothing changed.`);
      return;
    }
    commit(perform(current.session, current.history, edit), done);
  } catch (error) {
    setStatus(describeError(error), true);
  }
}

function commit(step: Step, done: string): void {
  const current = state!;
  const cache = ensureCache(current);
  const started = performance.now();
  const findings = recheckSession(step.session, cache, current.findings, step.edit);
  const took = performance.now() - started;
  current.session = step.session;
  current.history = step.history;
  current.findings = findings;
  if (step.edit.type === 'beads') current.current = Math.min(step.edit.start, step.session.beads.length - 1);
  refresh(step.edit.type === 'beads');
  focusCurrent();
  setStatus(`${done}. Re-checked in ${took.toFixed(1)} ms.`);
}

function firstOpenFinding(current: State): Finding | undefined {
  return current.byBead[current.current]?.find((finding) => shown(current, finding) && !current.session.suppressions.includes(finding.id) && !current.session.accepted.includes(finding.id));
}

function moveTo(forward: boolean, accept: (index: number) => boolean): void {
  const current = state;
  if (current === undefined) return;
  const position = current.visible.indexOf(current.current);
  const candidates = forward ? current.visible.slice(position + 1) : current.visible.slice(0, Math.max(0, position)).reverse();
  const next = candidates.find(accept);
  if (next === undefined) {
    setStatus(forward ? 'No further bead of that kind.' : 'No earlier bead of that kind.');
    return;
  }
  current.current = next;
  updateToolbar(current);
  focusCurrent();
}

function hasError(current: State, index: number): boolean {
  return current.byBead[index]!.some((finding) => finding.severity === 'error' && shown(current, finding) && !current.session.suppressions.includes(finding.id));
}

/** Runs an action, from a key or a button. */
function run(action: Action): void {
  const current = state;
  if (action === 'help') return toggleHelp();
  if (current === undefined) return;
  const at = current.current;
  const number = at + 1;
  switch (action) {
    case 'next-bead':
    case 'previous-bead':
      return moveTo(action === 'next-bead', () => true);
    case 'next-error':
    case 'previous-error':
      return moveTo(action === 'next-error', (index) => hasError(current, index));
    case 'next-finding':
      return moveTo(true, (index) => current.byBead[index]!.some((finding) => shown(current, finding)));
    case 'merge':
      return apply((session) => mergeWithNext(session, at), `Merged bead ${number} with the next`);
    case 'split': {
      const sourceCount = Number(byId<HTMLInputElement>('split-source').value);
      const targetCount = Number(byId<HTMLInputElement>('split-target').value);
      return apply((session) => splitBead(session, at, sourceCount, targetCount), `Split bead ${number} after ${sourceCount} source and ${targetCount} target sentences`);
    }
    case 'source-to-previous':
      return apply((session) => moveSentence(session, at, 'source', 'previous'), `Moved the first source sentence of bead ${number} to the previous bead`);
    case 'source-to-next':
      return apply((session) => moveSentence(session, at, 'source', 'next'), `Moved the last source sentence of bead ${number} to the next bead`);
    case 'target-to-previous':
      return apply((session) => moveSentence(session, at, 'target', 'previous'), `Moved the first target sentence of bead ${number} to the previous bead`);
    case 'target-to-next':
      return apply((session) => moveSentence(session, at, 'target', 'next'), `Moved the last target sentence of bead ${number} to the next bead`);
    case 'no-counterpart':
      return apply((session) => markNoCounterpart(session, at), `Marked bead ${number} as having no counterpart`);
    case 'confirm':
      return apply((session) => confirmBead(session, at), `Confirmed bead ${number}`);
    case 'accept':
    case 'dismiss': {
      const finding = firstOpenFinding(current);
      if (finding === undefined) return setStatus(`Bead ${number} has no open finding.`);
      return decide(finding.id, action);
    }
    case 'realign':
      return realignRest(current);
    case 'undo':
    case 'redo': {
      const step = action === 'undo' ? undo(current.session, current.history) : redo(current.session, current.history);
      if (step === undefined) return setStatus(`Nothing to ${action}.`);
      return commit(step, action === 'undo' ? 'Undone' : 'Redone');
    }
    case 'export':
      return download(exportSession(current.session, byId<HTMLSelectElement>('export-format').value as ExportFormat, exportOptions()));
    case 'save':
      return download(exportSession(current.session, 'session'));
  }
}

function decide(id: string, what: 'accept' | 'dismiss' | 'restore' | 'withdraw'): void {
  const labels = { accept: 'Accepted', dismiss: 'Dismissed (kept as a suppression)', restore: 'Restored', withdraw: 'Withdrew the acceptance of' };
  apply(
    (session) => (what === 'accept' || what === 'withdraw' ? acceptFinding(session, id, what === 'accept') : dismissFinding(session, id, what === 'dismiss')),
    `${labels[what]} finding ${id}`,
  );
}

function exportOptions(): ExportOptions {
  const tmxLang = byId<HTMLInputElement>('tmx-lang').value.split(',').map((part) => part.trim());
  const minScore = Number(byId<HTMLInputElement>('min-score').value);
  return {
    minScore: Number.isFinite(minScore) ? Math.min(1, Math.max(0, minScore)) : 0.5,
    includeUnaligned: byId<HTMLInputElement>('include-unaligned').checked,
    leaveOutDismissed: byId<HTMLInputElement>('leave-out-dismissed').checked,
    ...(tmxLang.length === 2 && tmxLang.every((part) => part !== '') ? { languages: { source: tmxLang[0]!, target: tmxLang[1]! } } : {}),
  };
}

function download(files: readonly ExportFile[]): void {
  try {
    for (const file of files) {
      const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
      const link = el('a', { href: url, download: file.name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    setStatus(`Saved ${files.map((file) => file.name).join(' and ')}.`);
  } catch (error) {
    setStatus(describeError(error), true);
  }
}

// --- Controls ----------------------------------------------------------------------------------

const TOOLBAR: readonly [Action, string][] = [
  ['previous-bead', '↑ Previous'],
  ['next-bead', '↓ Next'],
  ['next-error', 'Next error'],
  ['merge', 'Merge with next'],
  ['split', 'Split'],
  ['source-to-previous', 'Source ⤒ previous'],
  ['source-to-next', 'Source ⤓ next'],
  ['target-to-previous', 'Target ⤒ previous'],
  ['target-to-next', 'Target ⤓ next'],
  ['no-counterpart', 'No counterpart'],
  ['confirm', 'Confirm'],
  ['realign', 'Re-align the rest'],
  ['undo', 'Undo'],
  ['redo', 'Redo'],
  ['help', 'Keys'],
];

function actionButton(action: Action, label: string): HTMLButtonElement {
  const keys = keysOf(action);
  const help = BINDINGS.find((binding) => binding.action === action)?.label ?? label;
  return el('button', { type: 'button', 'data-action': action, 'aria-keyshortcuts': keys.join(' '), title: `${help} (${keys.join(', ')})` }, label);
}

function buildToolbar(): void {
  const toolbar = byId('toolbar');
  const buttons = TOOLBAR.map(([action, label]) => actionButton(action, label));
  const split = el(
    'span',
    { class: 'row', role: 'group', 'aria-label': 'Where to split' },
    el('label', { for: 'split-source' }, 'split after'),
    el('input', { type: 'number', id: 'split-source', min: 0, value: 1, 'aria-label': 'source sentences in the first part' }),
    el('label', { for: 'split-target' }, 'source /'),
    el('input', { type: 'number', id: 'split-target', min: 0, value: 1, 'aria-label': 'target sentences in the first part' }),
    'target',
  );
  toolbar.replaceChildren(...buttons.slice(0, 5), split, ...buttons.slice(5));
  toolbar.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (button !== null) run(button.dataset.action as Action);
  });
  const exportButtons = byId('export-buttons');
  exportButtons.replaceChildren(actionButton('export', 'Export'), actionButton('save', 'Save session'));
  exportButtons.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (button !== null) run(button.dataset.action as Action);
  });
}

function updateToolbar(current: State): void {
  const bead = current.session.beads[current.current];
  if (bead === undefined) return;
  const split = defaultSplit(bead);
  const source = document.getElementById('split-source') as HTMLInputElement | null;
  const target = document.getElementById('split-target') as HTMLInputElement | null;
  if (source !== null && target !== null) {
    source.value = String(split.sourceCount);
    source.max = String(bead.source.length);
    target.value = String(split.targetCount);
    target.max = String(bead.target.length);
  }
  const disable = (action: Action, disabled: boolean) => {
    const button = document.querySelector<HTMLButtonElement>(`#toolbar button[data-action="${action}"]`);
    if (button !== null) button.disabled = disabled;
  };
  disable('undo', current.history.done.length === 0);
  disable('redo', current.history.undone.length === 0);
  disable('merge', current.current >= current.session.beads.length - 1);
  disable('split', bead.source.length + bead.target.length < 2);
}

function buildFilters(): void {
  const current = state!;
  const kinds = FINDING_KINDS.filter((kind) => current.findings.some((finding) => finding.kind === kind));
  const box = (attributes: Record<string, string>, label: string, checked: boolean) =>
    el('label', {}, el('input', { type: 'checkbox', ...attributes, checked }), ` ${label}`);
  const listed = kinds.join(' ');
  if (byId('kind-filter').dataset.kinds === listed && byId('severity-filter').childElementCount > 1) return;
  byId('kind-filter').dataset.kinds = listed;
  byId('severity-filter').replaceChildren(
    el('legend', {}, 'Show findings of severity'),
    ...SEVERITIES.map((severity) => box({ 'data-severity': severity }, SEVERITY_LABELS[severity], current.severities.has(severity))),
  );
  byId('kind-filter').replaceChildren(
    el('legend', {}, 'Show findings of kind'),
    ...kinds.map((kind) => box({ 'data-kind': kind }, kind, current.kinds.has(kind))),
    box({ id: 'only-findings' }, 'only beads with these findings', current.onlyFindings),
  );
}

function onFilterChange(): void {
  const current = state;
  if (current === undefined) return;
  current.severities = new Set(SEVERITIES.filter((severity) => document.querySelector<HTMLInputElement>(`input[data-severity="${severity}"]`)?.checked !== false));
  current.kinds = new Set(FINDING_KINDS.filter((kind) => document.querySelector<HTMLInputElement>(`input[data-kind="${kind}"]`)?.checked !== false));
  current.onlyFindings = byId<HTMLInputElement>('only-findings').checked;
  refresh(true);
}

function buildHelp(): void {
  byId('help-keys').replaceChildren(...BINDINGS.map((binding) => el('tr', {}, el('td', {}, el('kbd', {}, `${binding.ctrl ? 'Ctrl+' : ''}${binding.shift ? 'Shift+' : ''}${binding.key}`)), el('td', {}, binding.label))));
}

function toggleHelp(show?: boolean): void {
  const help = byId('help');
  help.hidden = !(show ?? help.hidden);
  if (!help.hidden) byId('help-close').focus();
  else focusCurrent();
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function onKey(event: KeyboardEvent): void {
  if (event.key === 'Escape' && !byId('help').hidden) {
    toggleHelp(false);
    return;
  }
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && byId('input').contains(document.activeElement)) {
    event.preventDefault();
    startAlignment();
    return;
  }
  const action = actionOf(event);
  if (action === undefined) return;
  const ctrl = event.ctrlKey || event.metaKey;
  // Typing in a field types; only Ctrl shortcuts (undo, save) act from there, and not in the texts.
  if (isEditable(event.target) && (!ctrl || event.target instanceof HTMLTextAreaElement)) return;
  if (state === undefined && action !== 'help') return;
  event.preventDefault();
  run(action);
}

function setUpDrop(zone: HTMLElement, side: 'source' | 'target' | undefined): void {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (side !== undefined) zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    event.stopPropagation();
    zone.classList.remove('over');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void takeFiles(files, side);
  });
}

/** Data the `bitekst workbench` server writes into the page: the two texts to align on opening. */
interface Preload {
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  sourceLang?: string;
  targetLang?: string;
}

function preload(): void {
  const element = document.getElementById('bitekst-preload');
  if (element === null) return;
  try {
    const data = JSON.parse(element.textContent ?? '') as Preload;
    setSideText('source', data.source, data.sourceName);
    setSideText('target', data.target, data.targetName);
    if (data.sourceLang !== undefined) languageInput('source').value = data.sourceLang;
    if (data.targetLang !== undefined) languageInput('target').value = data.targetLang;
    startAlignment();
  } catch (error) {
    setStatus(`Could not read the texts given on the command line: ${describeError(error)}`, true);
  }
}

/** Wires the page: inputs, drops, keys, buttons, the virtual list's scrolling. */
export function startPage(): void {
  buildToolbar();
  buildHelp();
  byId('align').addEventListener('click', startAlignment);
  byId('show-input').addEventListener('click', () => showInput(byId('input').hidden));
  for (const side of ['source', 'target'] as const) {
    setUpDrop(byId(`${side}-side`), side);
    byId<HTMLInputElement>(`${side}-file`).addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      void takeFiles([...(input.files ?? [])], side);
    });
    byId<HTMLTextAreaElement>(`${side}-text`).addEventListener('input', (event) => {
      if (side === 'source') sourceName = 'source.txt';
      else targetName = 'target.txt';
      void event;
    });
  }
  setUpDrop(document.body, undefined);
  document.addEventListener('keydown', onKey);
  byId('help-close').addEventListener('click', () => toggleHelp(false));
  byId('scroller').addEventListener('scroll', scheduleRender, { passive: true });
  window.addEventListener('resize', () => state !== undefined && refresh(true));
  byId('severity-filter').addEventListener('change', onFilterChange);
  byId('kind-filter').addEventListener('change', onFilterChange);
  const rows = byId('rows');
  rows.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>('button[data-do]');
    const row = target.closest<HTMLElement>('.bead');
    if (row !== null) setCurrent(Number(row.dataset.bead));
    if (button !== null) decide(button.dataset.finding!, button.dataset.do as 'accept' | 'dismiss' | 'restore' | 'withdraw');
    else row?.focus({ preventScroll: true });
  });
  rows.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !rows.contains(event.relatedTarget)) listFocused = false;
  });
  rows.addEventListener('focusin', (event) => {
    listFocused = true;
    const row = (event.target as HTMLElement).closest<HTMLElement>('.bead');
    if (row !== null && state !== undefined && Number(row.dataset.bead) !== state.current) {
      state.current = Number(row.dataset.bead);
      updateToolbar(state);
      for (const other of rows.querySelectorAll<HTMLElement>('.bead')) {
        const isCurrent = other === row;
        other.classList.toggle('current', isCurrent);
        other.tabIndex = isCurrent ? 0 : -1;
        for (const button of other.querySelectorAll<HTMLButtonElement>('button')) button.tabIndex = isCurrent ? 0 : -1;
      }
    }
  });
  preload();
}
