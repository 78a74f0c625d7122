/// <reference lib="dom" />
import { run } from './actions.js';
import { byId } from './dom.js';
import { toggleHelp } from './help.js';
import { actionOf } from './keys.js';
import { startAlignment } from './start-alignment.js';
import { getState } from './state.js';

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * The page's key handler: Escape closes the help, Ctrl+Enter in the texts aligns them, and every
 * other binding runs its action, except while typing in a field.
 */
export function onKey(event: KeyboardEvent): void {
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
  if (getState() === undefined && action !== 'help') return;
  event.preventDefault();
  run(action);
}
