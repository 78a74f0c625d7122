/// <reference lib="dom" />
import { readText } from '../input.js';
import { byId } from './dom.js';

/** One side of the pair in the input form. */
export type Side = 'source' | 'target';

const DEFAULT_NAMES: Record<Side, string> = { source: 'source.txt', target: 'target.txt' };
const names: Record<Side, string> = { ...DEFAULT_NAMES };

/** The language field of a side. */
export function languageInput(side: Side): HTMLInputElement {
  return byId<HTMLInputElement>(`${side}-lang`);
}

/** The file name of a side's text (the default name once the text is typed or pasted). */
export function sideName(side: Side): string {
  return names[side];
}

/** Forgets a side's file name, when its text is edited by hand. */
export function resetSideName(side: Side): void {
  names[side] = DEFAULT_NAMES[side];
}

/**
 * Fills a side with a text read from a file: the text, its name, and the language detected (shown,
 * and put in the language field when there is one).
 *
 * @throws {BitekstError} as `readText` does, for a text that cannot be aligned.
 */
export function setSideText(side: Side, text: string, name: string): void {
  const { lang } = readText(text, name);
  byId<HTMLTextAreaElement>(`${side}-text`).value = text;
  names[side] = name;
  byId(`${side}-detected`).textContent = lang === undefined ? 'language not detected' : `detected: ${lang}`;
  if (lang !== undefined) languageInput(side).value = lang;
}
