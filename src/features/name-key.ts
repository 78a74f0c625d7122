import { distance } from 'fastest-levenshtein';
import type { KnownLanguage } from '../text/language.js';
import { GAZETTEER } from './data/gazetteer.js';
import { textArgument } from '../options.js';

const LETTER_MAP: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss', þ: 'th', ð: 'd', œ: 'oe', ł: 'l', ı: 'i' };

/** Lower-cases and removes diacritics: `Ærø` → `aero`, `Erdoğan` → `erdogan`. */
export function foldLetters(word: string): string {
  return word
    .toLowerCase()
    .replace(/[æøåßþðœłı]/g, (letter) => LETTER_MAP[letter]!)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/**
 * Spelling rules that map a language's transliteration conventions onto one common skeleton.
 * `J` stands for the English j-sound until the end, so that Norwegian `j` (a y-sound) can be
 * rewritten without touching it.
 */
function transliterate(word: string, rules: KnownLanguage | undefined): string {
  let key = word;
  if (rules === 'nb') {
    key = key.replace(/tsj/g, 'ch').replace(/skj/g, 'sh').replace(/dsj/g, 'J').replace(/sj/g, 'sh').replace(/kj/g, 'ch').replace(/zj/g, 'zh').replace(/j/g, 'y');
  } else if (rules === 'en') {
    key = key.replace(/j/g, 'J').replace(/ph/g, 'f').replace(/ck/g, 'k');
  } else {
    key = key.replace(/tsch/g, 'ch').replace(/sch/g, 'sh');
  }
  key = key
    .replace(/ch/g, 'Č')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/Č/g, 'ch')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/y/g, 'i')
    .replace(/th/g, 't')
    .replace(/gh/g, 'g')
    .replace(/J/g, 'dj')
    .replace(/(.)\1+/g, '$1');
  return key;
}

/**
 * The language-neutral key of a name: gazetteer names map to their English canonical form,
 * everything else goes through diacritic folding and transliteration rules, so that
 * `Pasjinian` (nb) and `Pashinyan` (en) both become `pashinian`, `Aserbajdsjan` and `Azerbaijan`
 * `aserbaidjan`, `Jerevan` and `Yerevan` `ierevan`.
 */
export function nameKey(name: string, rules: KnownLanguage | undefined): string {
  textArgument(name, 'name', 'nameKey');
  const memo = `${rules ?? ''}\u0000${name}`;
  const known = KEYS.get(memo);
  if (known !== undefined) return known;
  // A bounded memo: words repeat across sentences and documents, and keys are pure.
  if (KEYS.size >= 100_000) KEYS.clear();
  const key = computeNameKey(name, rules);
  KEYS.set(memo, key);
  return key;
}

const KEYS = new Map<string, string>();

function computeNameKey(name: string, rules: KnownLanguage | undefined): string {
  const lower = name.toLowerCase().replace(/['’]s$/, '');
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
