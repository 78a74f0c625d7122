import { describe, expect, it } from 'vitest';
import { actionOf, BINDINGS, keysOf, type Action } from '../../../src/workbench/page/keys.js';

const press = (key: string, modifiers: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}) =>
  actionOf({ key, ctrlKey: modifiers.ctrl === true, metaKey: false, altKey: modifiers.alt === true, shiftKey: modifiers.shift === true });

describe('the workbench keys', () => {
  it('give every action a key', () => {
    const actions: Action[] = ['next-bead', 'previous-bead', 'next-error', 'previous-error', 'next-finding', 'merge', 'split', 'source-to-previous', 'source-to-next', 'target-to-previous', 'target-to-next', 'no-counterpart', 'confirm', 'accept', 'dismiss', 'realign', 'undo', 'redo', 'export', 'save', 'help'];
    for (const action of actions) expect(keysOf(action).length, action).toBeGreaterThan(0);
    expect(new Set(BINDINGS.map((binding) => binding.action))).toEqual(new Set(actions));
  });

  it('bind no key twice', () => {
    const keys = BINDINGS.map((binding) => `${binding.ctrl}${binding.shift}${binding.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('read letters as typed, Ctrl shortcuts in either case, and ignore Alt', () => {
    expect(press('m')).toBe('merge');
    expect(press('N', { shift: true })).toBe('previous-error');
    expect(press('z', { ctrl: true })).toBe('undo');
    expect(press('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(press('s', { ctrl: true })).toBe('save');
    expect(press('s')).toBe('split');
    expect(press('m', { alt: true })).toBeUndefined();
    expect(press('x')).toBeUndefined();
  });
});
