import { DEMONYM_FORMS, GAZETTEER } from './data/gazetteer.js';
import { IRREGULAR_DEMONYMS } from './data/demonyms.js';
import { DERIVED_WORDS } from './data/derived-words.js';
import type { NameGroup, NamePart } from './name-groups.js';
import { foldLetters, isGazetteerName, nameKey, namesMatch } from './name-key.js';

/** Whether two name parts are the same name: by key (spelling rules, gazetteer) or by an uninflected spelling. */
export function partsMatch(a: NamePart, b: NamePart): boolean {
  if (namesMatch(a.key, b.key)) return true;
  // A nationality word stands for its country (`American` ↔ `USA`, `Russian` ↔ `Russland`).
  if (a.demonym !== b.demonym) {
    const [demonym, place] = a.demonym ? [a, b] : [b, a];
    const country = countryOf(demonym);
    if (country !== undefined && namesMatch(country, place.key)) return true;
  }
  // `the North` for North Korea: a bare compass word stands for the place it opens.
  if (a.compass !== b.compass) {
    const [bare, place] = a.compass ? [a, b] : [b, a];
    if (place.key.startsWith(`${bare.key} `)) return true;
  }
  return a.forms.some((form) => b.forms.includes(form) || (form.length >= 4 && b.forms.some((other) => namesMatch(form, other))));
}

/** The key of the country a nationality word belongs to, when the gazetteer knows it (`american` → the United States). */
function countryOf(demonym: NamePart): string | undefined {
  const english = GAZETTEER.get(demonym.forms[0]!) ?? demonym.forms[0]!;
  const irregular = IRREGULAR_DEMONYMS.get(english);
  if (irregular !== undefined) return nameKey(GAZETTEER.get(irregular) ?? irregular, 'en');
  for (const ending of ['n', 'an', 'ian', 'ish', 'ese', 'i', '']) {
    if (!english.endsWith(ending)) continue;
    const stem = english.slice(0, english.length - ending.length);
    for (const candidate of [stem, `${stem}a`, `${stem}y`]) {
      const country = GAZETTEER.get(candidate);
      if (country !== undefined && !DEMONYM_FORMS.has(candidate)) return nameKey(country, 'en');
    }
  }
  return undefined;
}

/**
 * Whether an initialism stands for a run of name words on the other side (`LSU` = `Louisiana State
 * University`, `FWC` = `Fish and Wildlife Commission`): its letters are the initials of
 * consecutive name words there. Three letters at least, so that chance cannot do it.
 */
export function expandsTo(acronym: NamePart, initials: string): boolean {
  if (!acronym.acronym) return false;
  const letters = acronym.forms[acronym.forms.length - 1]!;
  return letters.length >= 3 && /^\p{L}+$/u.test(letters) && initials.includes(letters);
}

/** The initials of a sentence's name words, in order, for {@link expandsTo}. */
export function initialsOf(groups: readonly NameGroup[]): string {
  return groups.flatMap((group) => group.parts.map((part) => foldLetters(part.text)[0] ?? '')).join('');
}

function bigrams(text: string): string[] {
  const letters = foldLetters(text).replace(/[^\p{L}\p{N}]+/gu, '');
  return Array.from({ length: Math.max(0, letters.length - 1) }, (_, index) => letters.slice(index, index + 2));
}

/**
 * Whether two names are spelt alike (half their letter pairs shared, Dice coefficient): a slip
 * (`Leory`, `Leroy`) or the name's translation (`Bibelen`, `Bible`), not another name.
 */
export function spelledAlike(a: string, b: string): boolean {
  const x = bigrams(a);
  const y = [...bigrams(b)];
  if (x.length === 0 || y.length === 0) return false;
  let shared = 0;
  for (const pair of x) {
    const at = y.indexOf(pair);
    if (at !== -1) { shared += 1; y.splice(at, 1); }
  }
  return (2 * shared) / (x.length + bigrams(b).length) >= 0.5 || swapsTwoLetters(foldLetters(a), foldLetters(b));
}

/** Whether two words differ only by two neighbouring letters swapped (`Leory`, `Leroy`). */
function swapsTwoLetters(x: string, y: string): boolean {
  if (x.length !== y.length || x.length < 4) return false;
  const differ = [...x].flatMap((letter, index) => (letter === y[index] ? [] : [index]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && x[differ[0]!] === y[differ[1]!] && x[differ[1]!] === y[differ[0]!];
}

/**
 * The other words each name word is written with in one document (`Sharon` ↔ `Davis` when
 * `Sharon Davis` occurs): a translation may call a person by the first name where the source
 * uses the surname, and neither is then a change.
 */
export function collectAliases(groups: Iterable<NameGroup>): Map<string, string[]> {
  const aliases = new Map<string, Set<string>>();
  for (const group of groups) {
    // A person's name: two to four words, none of them a place or an initialism.
    if (group.weak || group.parts.some((part) => part.acronym || part.demonym || part.compass || isGazetteerName(part.forms[0]!, undefined))) continue;
    const keys = group.parts.map((part) => part.key);
    if (keys.length < 2 || keys.length > 4) continue;
    for (const key of keys) {
      const set = aliases.get(key) ?? new Set<string>();
      for (const other of keys) if (other !== key) set.add(other);
      aliases.set(key, set);
    }
  }
  return new Map([...aliases].map(([key, set]) => [key, [...set]]));
}

/** Name key → keys of the stems of common words made from the name (see `DERIVED_WORDS`), in both languages' spellings. */
const DERIVED_KEYS: ReadonlyMap<string, string[]> = new Map(
  Object.entries(DERIVED_WORDS).flatMap(([name, stems]) => {
    const keys = stems.flatMap((stem) => [nameKey(stem, 'en'), nameKey(stem, 'nb')]);
    return [[nameKey(name, 'en'), keys], [nameKey(name, 'nb'), keys]] as const;
  }),
);

/**
 * Whether a lower-case word of the other side (as its name key) is a common word made from this
 * name (`tweeted` for `Twitter`): the translation renders the name by it.
 */
export function derivedWordMeets(part: NamePart, wordKey: string): boolean {
  return DERIVED_KEYS.get(part.key)?.some((stem) => wordKey.startsWith(stem)) === true;
}
