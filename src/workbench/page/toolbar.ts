/// <reference lib="dom" />
import { defaultSplit } from '../edits.js';
import { byId, el } from './dom.js';
import { BINDINGS, keysOf, type Action } from './keys.js';
import type { State } from './state.js';

/** The toolbar's buttons, in order, with their labels (the split counts go after the fifth). */
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

/**
 * Builds the toolbar (with the split counts) and the export buttons; a click on a button runs
 * its action through `run`. Each button names its keys in `aria-keyshortcuts` and its title.
 */
export function buildToolbar(run: (action: Action) => void): void {
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

/** Fits the toolbar to the current bead: the default split counts, and the buttons that cannot act disabled. */
export function updateToolbar(current: State): void {
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
