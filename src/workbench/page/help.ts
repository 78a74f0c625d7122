/// <reference lib="dom" />
import { byId, el } from './dom.js';
import { BINDINGS } from './keys.js';
import { focusCurrent } from './rows.js';

/** Fills the help's table with every key binding. */
export function buildHelp(): void {
  byId('help-keys').replaceChildren(...BINDINGS.map((binding) => el('tr', {}, el('td', {}, el('kbd', {}, `${binding.ctrl ? 'Ctrl+' : ''}${binding.shift ? 'Shift+' : ''}${binding.key}`)), el('td', {}, binding.label))));
}

/** Shows the help (focus on its close button) or hides it (focus back on the current bead); no argument toggles. */
export function toggleHelp(show?: boolean): void {
  const help = byId('help');
  help.hidden = !(show ?? help.hidden);
  if (!help.hidden) byId('help-close').focus();
  else focusCurrent();
}
