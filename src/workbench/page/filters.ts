/// <reference lib="dom" />
import { FINDING_KINDS } from '../../check/divergences.js';
import type { Severity } from '../../types.js';
import { byId, el } from './dom.js';
import { SEVERITIES, type State } from './state.js';

const SEVERITY_LABELS: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'notes' };

/**
 * Lists the filters: every severity, and the kinds of finding the session has (rebuilt only when
 * that list changes, so that a redraw keeps the focus on a checkbox).
 */
export function buildFilters(current: State): void {
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

/** Reads the filters' checkboxes into the state (a kind or severity not listed stays shown). */
export function readFilters(current: State): void {
  current.severities = new Set(SEVERITIES.filter((severity) => document.querySelector<HTMLInputElement>(`input[data-severity="${severity}"]`)?.checked !== false));
  current.kinds = new Set(FINDING_KINDS.filter((kind) => document.querySelector<HTMLInputElement>(`input[data-kind="${kind}"]`)?.checked !== false));
  current.onlyFindings = byId<HTMLInputElement>('only-findings').checked;
}
