import { distance } from 'fastest-levenshtein';
import type { KnownLanguage } from '../text/language.js';
import { transliterate } from './transliterate.js';
import { GAZETTEER } from './data/gazetteer.js';
import { textArgument } from '../options.js';

const LETTER_MAP: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss', þ: 'th', ð: 'd', œ: 'oe', ł: 'l', ı: 'i' };

/** The folding itself, on a lower-cased word. */
function foldLower(lower: string): string {
  return lower
    .replace(/[æøåßþðœłı]/g, (letter) => LETTER_MAP[letter]!)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/**
 * Below U+0370 (Latin, IPA, spacing modifiers, combining marks) a character folds on its own:
 * no character there composes or reorders with its neighbours once the marks are gone. Each
 * one's folding, computed the first time it is met.
 */
const LATIN_END = 0x370;
const FOLDED: (string | undefined)[] = [];
let scratch = new Uint16Array(64);

/** Lower-cases and removes diacritics: `Ærø` → `aero`, `Erdoğan` → `erdogan`. */
export function foldLetters(word: string): string {
  const lower = word.toLowerCase();
  let index = 0;
  while (index < lower.length && lower.charCodeAt(index) < 0x80) index += 1;
  if (index === lower.length) return lower;
  // Outside ASCII, by char code when every character folds on its own (see LATIN_END).
  if (scratch.length < 2 * lower.length) scratch = new Uint16Array(2 * lower.length + 16);
  let length = 0;
  for (index = 0; index < lower.length; index += 1) {
    const code = lower.charCodeAt(index);
    if (code < 0x80) {
      scratch[length++] = code;
      continue;
    }
    if (code >= LATIN_END) return foldLower(lower);
    let folded = FOLDED[code];
    if (folded === undefined) {
      folded = foldLower(String.fromCharCode(code));
      FOLDED[code] = folded;
    }
    if (length + folded.length > scratch.length) {
      const grown = new Uint16Array(2 * scratch.length + folded.length);
      grown.set(scratch);
      scratch = grown;
    }
    for (let k = 0; k < folded.length; k += 1) scratch[length++] = folded.charCodeAt(k);
  }
  return length <= 4096 ? String.fromCharCode.apply(null, scratch.subarray(0, length) as unknown as number[]) : foldLower(lower);
}

/**
 * The language-neutral key of a name: gazetteer names map to their English canonical form,
 * everything else goes through diacritic folding and transliteration rules, so that
 * `Pasjinian` (nb) and `Pashinyan` (en) both become `pashinian`, `Aserbajdsjan` and `Azerbaijan`
 * `aserbaidjan`, `Jerevan` and `Yerevan` `ierevan`.
 */
export function nameKey(name: string, rules: KnownLanguage | undefined): string {
  textArgument(name, 'name', 'nameKey');
  // A bounded memo, one map per rule set (the name itself is the key: no joined string to hash
  // on every call): words repeat across sentences and documents, and keys are pure.
  const keys = rules === 'nb' ? KEYS.nb : rules === 'en' ? KEYS.en : KEYS.other;
  const known = keys.get(name);
  if (known !== undefined) return known;
  if (KEYS.nb.size + KEYS.en.size + KEYS.other.size >= 100_000) {
    KEYS.nb.clear();
    KEYS.en.clear();
    KEYS.other.clear();
  }
  const key = computeNameKey(name, rules);
  keys.set(name, key);
  return key;
}

const KEYS = { nb: new Map<string, string>(), en: new Map<string, string>(), other: new Map<string, string>() };

function computeNameKey(name: string, rules: KnownLanguage | undefined): string {
  const lowered = name.toLowerCase();
  // A possessive `'s`/`’s` at the end is not part of the name.
  const lower = lowered.endsWith("'s") || lowered.endsWith('’s') ? lowered.slice(0, -2) : lowered;
  const canonical = GAZETTEER.get(lower) ?? (rules === 'nb' ? norwegianBaseForm(lower) : undefined);
  if (canonical !== undefined) return transliterate(foldLetters(canonical), 'en');
  return transliterate(foldLetters(lower), rules);
}

/**
 * Whether a lower-case word is a gazetteer name or nationality adjective, inflected forms
 * included (`russiske`, `armenerne`): a name in all but capitalisation.
 */
export function isGazetteerName(lower: string, rules: KnownLanguage | undefined): boolean {
  return GAZETTEER.has(lower) || (rules === 'nb' && norwegianBaseForm(lower) !== undefined);
}

/** Norwegian inflected gazetteer forms: `Russlands`, `russiske`, `armenerne`, `Sovjetunionens`. */
function norwegianBaseForm(lower: string): string | undefined {
  for (const suffix of ['ene', 'erne', 'ens', 'en', 'es', 'e', 's', 'ere', 'er']) {
    if (lower.length > suffix.length + 3 && lower.endsWith(suffix)) {
      const base = lower.slice(0, -suffix.length);
      const hit = GAZETTEER.get(base) ?? GAZETTEER.get(`${base}er`);
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return length;
}

/**
 * Whether two name keys name the same thing: equal, a few edits apart for their length
 * (one edit up to 8 letters, two beyond), or sharing a stem that covers most of the shorter key
 * (`armenske`/`armenian`, `aserbaidjanske`/`aserbaidjani`, inflected forms).
 */
export function namesMatch(a: string, b: string): boolean {
  textArgument(a, 'a', 'namesMatch');
  textArgument(b, 'b', 'namesMatch');
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const prefix = commonPrefix(a, b);
  if (prefix >= 5 && prefix >= 0.6 * shorter) return true;
  const longer = Math.max(a.length, b.length);
  const allowed = longer <= 4 ? 0 : longer <= 8 ? 1 : 2;
  return Math.abs(a.length - b.length) <= allowed && distance(a, b) <= allowed;
}
