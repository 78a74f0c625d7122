/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { run } from './actions.js';
import { decide, type Decision } from './apply-edit.js';
import { byId } from './dom.js';
import { buildHelp, toggleHelp } from './help.js';
import { onKey } from './keyboard.js';
import { setUpDrop, takeFiles } from './load-files.js';
import { setCurrent } from './navigate.js';
import { preload } from './preload.js';
import { onFilterChange, refresh, showInput } from './review.js';
import { scheduleRender, setListFocused } from './rows.js';
import { resetSideName } from './side-texts.js';
import { startAlignment } from './start-alignment.js';
import { getState } from './state.js';
import { buildToolbar, updateToolbar } from './toolbar.js';

/** Wires the page: inputs, drops, keys, buttons, the virtual list's scrolling. */
export function startPage(): void {
  buildToolbar(run);
  buildHelp();
  byId('align').addEventListener('click', startAlignment);
  byId('show-input').addEventListener('click', () => showInput(byId('input').hidden));
  for (const side of ['source', 'target'] as const) {
    setUpDrop(byId(`${side}-side`), side);
    byId<HTMLInputElement>(`${side}-file`).addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      void takeFiles([...(input.files ?? [])], side);
    });
    // A text typed or pasted is no longer the file it was read from.
    byId<HTMLTextAreaElement>(`${side}-text`).addEventListener('input', () => resetSideName(side));
  }
  setUpDrop(document.body, undefined);
  document.addEventListener('keydown', onKey);
  byId('help-close').addEventListener('click', () => toggleHelp(false));
  byId('scroller').addEventListener('scroll', scheduleRender, { passive: true });
  window.addEventListener('resize', () => getState() !== undefined && refresh(true));
  byId('severity-filter').addEventListener('change', onFilterChange);
  byId('kind-filter').addEventListener('change', onFilterChange);
  const rows = byId('rows');
  rows.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>('button[data-do]');
    const row = target.closest<HTMLElement>('.bead');
    if (row !== null) setCurrent(Number(row.dataset.bead));
    if (button !== null) decide(button.dataset.finding!, button.dataset.do as Decision);
    else row?.focus({ preventScroll: true });
  });
  rows.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !rows.contains(event.relatedTarget)) setListFocused(false);
  });
  rows.addEventListener('focusin', (event) => {
    setListFocused(true);
    const state = getState();
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
