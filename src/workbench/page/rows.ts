/// <reference lib="dom" />
import type { Session } from '../session.js';
import { rowOffset, visibleRange } from '../virtual-range.js';
import { byId } from './dom.js';
import { renderBead } from './render-bead.js';
import { getState, shown, type State } from './state.js';

/** Whether the focus is in the list of beads (kept across redraws, which remove the focused row). */
let listFocused = false;
let framePending = false;

/** Records whether the focus is in the list of beads, from the list's focus events. */
export function setListFocused(focused: boolean): void {
  listFocused = focused;
}

/** A row's height before it is drawn: its lines of text at the list's width, and its findings. */
export function estimateHeight(current: State, index: number): number {
  const bead = current.session.beads[index]!;
  const width = Math.max(160, (byId('scroller').clientWidth || 800) / (window.innerWidth <= 720 ? 1 : 2.4));
  const lines = (side: 'source' | 'target', sentences: Session['source']) => bead[side].reduce((sum, sentence) => sum + Math.ceil((sentences[sentence]!.text.length * 7.5) / width), 0) || 1;
  const text = window.innerWidth <= 720 ? lines('source', current.session.source) + lines('target', current.session.target) : Math.max(lines('source', current.session.source), lines('target', current.session.target));
  return 16 + text * 22 + current.byBead[index]!.length * 26;
}

/** Redraws the rows at the next frame (once, however many scroll events come before it). */
export function scheduleRender(): void {
  if (framePending) return;
  framePending = true;
  requestAnimationFrame(() => {
    framePending = false;
    renderRows();
  });
}

/** Draws the rows in view only (a virtual list), then measures them to correct the estimates. */
export function renderRows(): void {
  const current = getState();
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
export function focusCurrent(): void {
  const current = getState();
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
