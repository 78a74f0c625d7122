/** What the page can do; every action has a key and a button. */
export type Action =
  | 'next-bead'
  | 'previous-bead'
  | 'next-error'
  | 'previous-error'
  | 'next-finding'
  | 'merge'
  | 'split'
  | 'source-to-previous'
  | 'source-to-next'
  | 'target-to-previous'
  | 'target-to-next'
  | 'no-counterpart'
  | 'confirm'
  | 'accept'
  | 'dismiss'
  | 'realign'
  | 'undo'
  | 'redo'
  | 'export'
  | 'save'
  | 'help';

/** A key binding: the key (as `KeyboardEvent.key`), whether Ctrl (or ⌘) is held, what it does, and the words for the help. */
export interface Binding {
  key: string;
  ctrl?: boolean;
  shift?: boolean;
  action: Action;
  label: string;
}

/** Every key of the page, in the order the help lists them. */
export const BINDINGS: readonly Binding[] = [
  { key: 'j', action: 'next-bead', label: 'next bead' },
  { key: 'ArrowDown', action: 'next-bead', label: 'next bead' },
  { key: 'k', action: 'previous-bead', label: 'previous bead' },
  { key: 'ArrowUp', action: 'previous-bead', label: 'previous bead' },
  { key: 'n', action: 'next-error', label: 'next error' },
  { key: 'N', action: 'previous-error', label: 'previous error' },
  { key: 'f', action: 'next-finding', label: 'next bead with a shown finding' },
  { key: 'm', action: 'merge', label: 'merge the bead with the next' },
  { key: 's', action: 'split', label: 'split the bead (at the counts in the toolbar)' },
  { key: '[', action: 'source-to-previous', label: 'first source sentence to the previous bead' },
  { key: ']', action: 'source-to-next', label: 'last source sentence to the next bead' },
  { key: '{', action: 'target-to-previous', label: 'first target sentence to the previous bead' },
  { key: '}', action: 'target-to-next', label: 'last target sentence to the next bead' },
  { key: 'u', action: 'no-counterpart', label: 'mark the bead "no counterpart"' },
  { key: 'c', action: 'confirm', label: 'confirm the bead as right (an anchor)' },
  { key: 'a', action: 'accept', label: "accept the bead's first open finding" },
  { key: 'd', action: 'dismiss', label: "dismiss the bead's first open finding (a suppression)" },
  { key: 'r', action: 'realign', label: 're-align the rest around the corrected beads' },
  { key: 'z', ctrl: true, action: 'undo', label: 'undo' },
  { key: 'y', ctrl: true, action: 'redo', label: 'redo' },
  { key: 'Z', ctrl: true, shift: true, action: 'redo', label: 'redo' },
  { key: 'e', action: 'export', label: 'export in the chosen format' },
  { key: 's', ctrl: true, action: 'save', label: 'save the session' },
  { key: '?', action: 'help', label: 'show or hide the keys' },
];

/** The action of a key press, or `undefined`. Letters are matched as typed (so `N` is Shift+n). */
export function actionOf(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): Action | undefined {
  if (event.altKey) return undefined;
  const ctrl = event.ctrlKey || event.metaKey;
  const key = ctrl && event.key.length === 1 && !event.shiftKey ? event.key.toLowerCase() : event.key;
  return BINDINGS.find((binding) => binding.key === key && (binding.ctrl === true) === ctrl && (!ctrl || (binding.shift === true) === event.shiftKey))?.action;
}

/** The keys of an action, for a button's `aria-keyshortcuts` and title (`Control+Z`). */
export function keysOf(action: Action): string[] {
  return BINDINGS.filter((binding) => binding.action === action).map((binding) => `${binding.ctrl ? 'Control+' : ''}${binding.shift ? 'Shift+' : ''}${binding.key}`);
}
