/// <reference lib="dom" />
import { findingsByBead } from '../../alignment.js';
import { FINDING_KINDS } from '../../check/divergences.js';
import { plural } from '../../formats/plural.js';
import type { Finding, Severity } from '../../types.js';
import { EMPTY_HISTORY } from '../history.js';
import { checkSession } from '../recheck.js';
import type { Session, WorkbenchBead } from '../session.js';
import { byId } from './dom.js';
import { buildFilters, readFilters } from './filters.js';
import { estimateHeight, focusCurrent, renderRows } from './rows.js';
import { languageInput } from './side-texts.js';
import { ensureCache, getState, setState, SEVERITIES, shown, type State } from './state.js';
import { updateToolbar } from './toolbar.js';

/**
 * Opens a session for review, with its findings (checked here when not given), every filter on,
 * and the focus on its first bead; the texts to align are folded away.
 */
export function openSession(session: Session, findings?: Finding[]): void {
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
  setState(fresh);
  byId('review').hidden = false;
  showInput(false);
  // The sentences' analysis, which every re-check reads, is made while the translator reads.
  setTimeout(() => {
    if (getState() === fresh) ensureCache(fresh);
  }, 50);
  languageInput('source').value = session.sourceLang;
  languageInput('target').value = session.targetLang;
  byId('kind-filter').dataset.kinds = '';
  refresh(true);
  focusCurrent();
}

/** Shows or hides the texts to align (hidden while reviewing, to give the beads the room). */
export function showInput(show: boolean): void {
  byId('input').hidden = !show;
  const button = byId('show-input');
  button.hidden = false;
  button.setAttribute('aria-expanded', String(show));
  button.textContent = show ? 'Hide the texts' : 'Texts…';
}

/**
 * Recomputes what derives from the findings and the filters, then redraws. `resetHeights`
 * re-estimates every row's height (after an edit of the beads, or a change of width).
 */
export function refresh(resetHeights: boolean): void {
  const current = getState()!;
  current.byBead = findingsByBead({ beads: current.session.beads as WorkbenchBead[] }, current.findings);
  const previousVisible = current.visible;
  current.visible = current.session.beads.flatMap((_, index) => (!current.onlyFindings || current.byBead[index]!.some((finding) => shown(current, finding)) ? [index] : []));
  if (resetHeights || previousVisible.length !== current.visible.length) current.heights = current.visible.map((index) => estimateHeight(current, index));
  current.current = Math.min(Math.max(0, current.current), current.session.beads.length - 1);
  if (current.visible.length > 0 && !current.visible.includes(current.current)) current.current = current.visible.find((index) => index >= current.current) ?? current.visible[current.visible.length - 1]!;
  buildFilters(current); // an edit can bring a kind of finding the filters did not list
  updateSummary(current);
  updateToolbar(current);
  renderRows();
}

/** Applies the filters' checkboxes to the list. */
export function onFilterChange(): void {
  const current = getState();
  if (current === undefined) return;
  readFilters(current);
  refresh(true);
}

function updateSummary(current: State): void {
  const open = current.findings.filter((finding) => !current.session.suppressions.includes(finding.id));
  const count = (severity: Severity) => open.filter((finding) => finding.severity === severity).length;
  const fixed = current.session.beads.filter((bead) => bead.fixed).length;
  byId('summary').textContent =
    `${current.session.names.source} (${current.session.sourceLang}) → ${current.session.names.target} (${current.session.targetLang}): ` +
    `${plural(current.session.beads.length, 'bead')}, ${fixed} corrected; ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')} open; ` +
    `${current.session.suppressions.length} dismissed, ${current.session.accepted.length} accepted. Showing ${plural(current.visible.length, 'bead')}.`;
}
