/// <reference lib="dom" />
import type { Finding, FindingKind, Sentence } from '../../types.js';
import type { WorkbenchBead } from '../session.js';
import { el } from './dom.js';

/** How one bead is drawn: its findings (shown ones, in order) and the translator's decisions. */
export interface BeadView {
  index: number;
  bead: WorkbenchBead;
  source: readonly Sentence[];
  target: readonly Sentence[];
  sourceLang: string;
  targetLang: string;
  findings: readonly Finding[];
  dismissed: ReadonlySet<string>;
  accepted: ReadonlySet<string>;
  current: boolean;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The bead's score class, as the HTML report draws it. */
export function scoreClass(bead: WorkbenchBead): 'unaligned' | 'ok' | 'doubt' | 'bad' {
  if (bead.source.length === 0 || bead.target.length === 0) return 'unaligned';
  return bead.score >= 0.8 ? 'ok' : bead.score >= 0.5 ? 'doubt' : 'bad';
}

/** A sentence's text with the findings' spans marked, as text nodes and `mark` elements only. */
function sentenceNodes(text: string, spans: readonly { start: number; end: number; kind: FindingKind }[]): (Node | string)[] {
  const ordered = spans.filter((span) => span.end <= text.length && span.start < span.end).sort((a, b) => a.start - b.start);
  const nodes: (Node | string)[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    nodes.push(text.slice(at, span.start), el('mark', { title: span.kind }, text.slice(span.start, span.end)));
    at = span.end;
  }
  nodes.push(text.slice(at));
  return nodes;
}

function cell(view: BeadView, side: 'source' | 'target'): HTMLElement {
  const sentences = side === 'source' ? view.source : view.target;
  const key = side === 'source' ? 'sourceSpan' : 'targetSpan';
  const label = side === 'source' ? `Source (${view.sourceLang})` : `Target (${view.targetLang})`;
  const body =
    view.bead[side].length === 0
      ? [el('span', { class: 'none' }, `no counterpart in the ${side}`)]
      : view.bead[side].map((index) => {
          const spans = view.findings.flatMap((finding) => {
            const span = finding.evidence[key];
            return span !== undefined && span.sentence === index && !view.dismissed.has(finding.id) ? [{ start: span.start, end: span.end, kind: finding.kind }] : [];
          });
          return el('span', { class: 'sentence' }, el('span', { class: 'index' }, String(index + 1)), ...sentenceNodes(sentences[index]!.text, spans));
        });
  return el('div', { class: 'cell', lang: side === 'source' ? view.sourceLang : view.targetLang, 'data-label': label }, ...body);
}

function findingItem(finding: Finding, view: BeadView): HTMLElement {
  // Only the current bead's buttons are in the tab order: Tab goes from the bead to its own
  // buttons and on out of the list, and j/k or the arrows move between beads.
  const tab = view.current ? 0 : -1;
  const dismissed = view.dismissed.has(finding.id);
  const accepted = view.accepted.has(finding.id);
  const kind = finding.subkind === undefined ? finding.kind : `${finding.kind}/${finding.subkind}`;
  const buttons = dismissed
    ? [el('span', { class: 'state' }, 'dismissed'), el('button', { type: 'button', tabindex: tab, 'data-do': 'restore', 'data-finding': finding.id }, 'Restore')]
    : accepted
      ? [el('span', { class: 'state' }, 'accepted'), el('button', { type: 'button', tabindex: tab, 'data-do': 'withdraw', 'data-finding': finding.id }, 'Withdraw')]
      : [
          el('button', { type: 'button', tabindex: tab, 'data-do': 'accept', 'data-finding': finding.id, 'aria-keyshortcuts': 'a', title: 'Accept: a real problem (a)' }, 'Accept'),
          el('button', { type: 'button', tabindex: tab, 'data-do': 'dismiss', 'data-finding': finding.id, 'aria-keyshortcuts': 'd', title: 'Dismiss: a false alarm (d)' }, 'Dismiss'),
        ];
  return el(
    'li',
    { 'data-finding-kind': finding.kind, 'data-severity': finding.severity, 'data-finding': finding.id, class: dismissed ? 'dismissed' : accepted ? 'accepted' : undefined },
    el('span', { class: `badge ${finding.severity}` }, finding.severity),
    el('span', { class: 'kind' }, kind),
    el('span', { class: 'message' }, finding.message),
    ...buttons,
  );
}

/** One bead as a list item: gutter (number, score), source, target, and its findings with their buttons. */
export function renderBead(view: BeadView): HTMLElement {
  const cls = scoreClass(view.bead);
  const percent = Math.round(view.bead.score * 100);
  const shape = `${view.bead.source.length}-${view.bead.target.length}`;
  const score = cls === 'unaligned' ? (view.bead.source.length > 0 ? 'no counterpart (1-0)' : 'no counterpart (0-1)') : `confidence ${percent} %`;
  const findings = [...view.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const label = `Bead ${view.index + 1}, ${shape}, ${score}${view.bead.fixed ? ', corrected' : ''}${findings.length > 0 ? `, ${findings.length} finding${findings.length === 1 ? '' : 's'}` : ''}`;
  const row = el(
    'div',
    {
      class: `bead ${cls}${view.current ? ' current' : ''}${view.bead.fixed ? ' fixed' : ''}`,
      role: 'listitem',
      id: `bead-${view.index + 1}`,
      'data-bead': view.index,
      tabindex: view.current ? 0 : -1,
      'aria-label': label,
      'aria-current': view.current ? 'true' : undefined,
    },
    el('div', { class: 'gutter' }, el('strong', {}, String(view.index + 1)), el('br'), cls === 'unaligned' ? (view.bead.source.length > 0 ? '1:0' : '0:1') : `${percent} %`, el('br'), view.bead.fixed ? el('span', { class: 'fixed-tag' }, 'fixed') : undefined),
    cell(view, 'source'),
    cell(view, 'target'),
  );
  if (findings.length > 0) row.append(el('ul', { class: 'findings', 'aria-label': `Findings of bead ${view.index + 1}` }, ...findings.map((finding) => findingItem(finding, view))));
  return row;
}
