import { ownEntry } from '../../text/own-entry.js';

/**
 * Compass words that begin a place name, Norwegian → English. Norwegian joins them by a hyphen
 * (`Nord-Makedonia`, `sørvest-USA`); both languages' forms are read in English.
 */
export const COMPASS: Readonly<Record<string, string>> = { nord: 'north', sør: 'south', syd: 'south', øst: 'east', vest: 'west', nordvest: 'northwest', nordøst: 'northeast', sørvest: 'southwest', sørøst: 'southeast' };

const ENGLISH_COMPASS: ReadonlySet<string> = new Set(Object.values(COMPASS));

/** The English compass word a lower-case word is (`sørvest` → `southwest`, `north` → `north`), if any. */
export function compassInEnglish(lower: string): string | undefined {
  return ownEntry(COMPASS, lower) ?? (ENGLISH_COMPASS.has(lower) ? lower : undefined);
}

/** Whether a word is a compass word of either language (`nord`, `Southwest`). */
export function isCompassWord(word: string): boolean {
  return compassInEnglish(word.toLowerCase()) !== undefined;
}
