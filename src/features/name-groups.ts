import type { NameMention, Span } from '../types.js';
import type { KnownLanguage } from '../text/language.js';
import { isNeverName } from './data/stopwords.js';
import { DEMONYM_FORMS, GAZETTEER, NORWEGIAN_DEMONYM_STEMS } from './data/gazetteer.js';
import { foldLetters, isGazetteerName, nameKey, namesMatch } from './name-key.js';

/** One word of a name, with the spellings it is matched by. */
export interface NamePart extends NameMention {
  /** Lower-case, diacritic-free spellings without genitive or plural endings (`johnson`, `am`). */
  forms: string[];
  /** An initialism (`LSU`, `AMs`, `U.S.`). */
  acronym: boolean;
  /** A nationality adjective or noun (`britisk`, `Welsh`): translators swap these freely. */
  demonym: boolean;
  /** A compass word that opens a place name (`Nord-`, `North`). */
  compass: boolean;
}

/** A whole name mention: adjacent name words read as one (`Louisiana State University`, `Nord-Makedonia`). */
export interface NameGroup extends Span {
  text: string;
  parts: NamePart[];
  /**
   * Capitals are the only evidence that it is a name, and weak evidence: a one-word name that
   * opens the sentence, or a sentence in headline case, where every word is capitalised.
   */
  weak: boolean;
}

// Connectors inside one name (`Bank of England`, `Ludwig van Beethoven`, `Charles de Gaulle`).
const CONNECTOR = /^\s+(?:of|de|da|di|del|della|van|von|der|den|du|la|le|bin|al|af)\s+$/iu;
// Compass words that begin a place name; Norwegian writes them joined by a hyphen (`Nord-Makedonia`).
const COMPASS: Record<string, string> = { nord: 'north', sør: 'south', syd: 'south', øst: 'east', vest: 'west', nordvest: 'northwest', nordøst: 'northeast', sørvest: 'southwest', sørøst: 'southeast' };
const ENGLISH_COMPASS = new Set(Object.values(COMPASS));
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]+(?:s|-\p{Ll}+)?$/u;

const DEMONYM_ENDING = /^(?:|e|en|ene|er|ere|erne|ne|s|es|ens)$/u;

function isDemonym(lower: string, rules: KnownLanguage | undefined): boolean {
  if (DEMONYM_FORMS.has(lower)) return true;
  // A stem with an adjective's or a noun's ending (`russiske`, `amerikanerne`), not a country (`Tyskland`).
  return rules === 'nb' && NORWEGIAN_DEMONYM_STEMS.some((stem) => lower.startsWith(stem) && DEMONYM_ENDING.test(lower.slice(stem.length)));
}

/** Spellings of a word without its inflection: English `'s`, an initialism's plural `s`, a Norwegian genitive `s`. */
function formsOf(word: string): string[] {
  const folded = foldLetters(word).replace(/\./g, '');
  const forms = new Set([folded]);
  forms.add(folded.replace(/['’]s?$/, ''));
  // An initialism's plural or genitive (`AMs`, `LSUs`, `FNs`, `TV-er`): the capitals are the name.
  const caps = /^(\p{Lu}{2,}[\p{N}]*)(?:s|['’]s|-\p{Ll}+)$/u.exec(word);
  if (caps !== null) forms.add(foldLetters(caps[1]!));
  // A genitive `s` (Norwegian `Johnsons`, `Ris`) or an English plural.
  if (/[^sS]s$/u.test(word) && folded.length >= 3) forms.add(folded.slice(0, -1));
  return [...forms];
}

function gazetteerKey(forms: readonly string[], rules: KnownLanguage | undefined): string | undefined {
  const known = forms.slice(1).find((form) => isGazetteerName(form, rules));
  return known === undefined ? undefined : nameKey(known, rules);
}

/** The parts of one extracted name: a hyphenated compound gives its capitalised pieces (`CBS-kameraer` → `CBS`). */
function partsOf(mention: NameMention, rules: KnownLanguage | undefined): NamePart[] {
  const whole = mention.text.toLowerCase();
  const acronym = ACRONYM.test(mention.text);
  const part = (text: string, start: number, key: string): NamePart => {
    const lower = text.toLowerCase().replace(/['’]s?$/, '');
    const compass = COMPASS[lower] ?? (ENGLISH_COMPASS.has(lower) ? lower : undefined);
    return {
      start, end: start + text.length, text,
      // A compass word is keyed in English (`Vest` = `West`); an inflected form of a gazetteer
      // name (`USAs`) takes the gazetteer's key.
      key: compass !== undefined ? nameKey(compass, 'en') : gazetteerKey(formsOf(text), rules) ?? key,
      forms: formsOf(text), acronym: ACRONYM.test(text), demonym: isDemonym(lower, rules), compass: compass !== undefined,
    };
  };
  if (!mention.text.includes('-') || isGazetteerName(whole, rules) || acronym && !/-\p{Ll}/u.test(mention.text)) {
    return [{ ...part(mention.text, mention.start, mention.key), acronym }];
  }
  // Norwegian compounds put a common noun after a hyphen (`TV-vert`, `Oscar-utdelingen`): the
  // name is the capitalised pieces; a compass piece is read in English (`Vest-Virginia`).
  const pieces: NamePart[] = [];
  let offset = mention.start;
  for (const piece of mention.text.split('-')) {
    const compass = COMPASS[piece.toLowerCase()];
    if (compass !== undefined) pieces.push({ ...part(piece, offset, compass), forms: [compass] });
    else if (/^\p{Lu}/u.test(piece)) pieces.push(part(piece, offset, nameKey(piece, rules)));
    offset += piece.length + 1;
  }
  return pieces.length > 0 ? pieces : [part(mention.text, mention.start, mention.key)];
}

/**
 * Whether a sentence is in headline case (`Sarah Palin's Eldest Son Arrested on Charges`): three
 * or more capitalised words after the first, and no lower-case word of four letters or more
 * other than a function word. Its capitals say nothing about names.
 */
function isHeadlineCase(text: string): boolean {
  const words = (text.match(/\p{L}{4,}/gu) ?? []).slice(1);
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised >= 3 && words.every((word) => /^\p{Lu}/u.test(word) || isNeverName(word));
}

// What opens a sentence for a name's weakness: a full stop, a dash, or any opening quotation
// mark (a quoted phrase opens with a capital whether or not it names anything).
const OPENS_SENTENCE = /(?:^|[.!?:;]["»”’)]*\s+|[–—-]\s+|[«“"‘'(\[]+)\s*$/u;
// …but the point of an abbreviated title (`St. Martin's`, `Mr. Hart`) ends no sentence.
const AFTER_TITLE = /(?:^|\s)(?:st|mr|mrs|ms|dr|prof|rev|capt|sen|gov|gen|col|lt|sgt)\.\s+$/iu;

/**
 * Reads the names of a sentence as whole mentions: extracted names that stand next to each other
 * or are joined by a name connector (`of`, `van`, `de`) form one group, and a Norwegian hyphenated
 * compound keeps only its name (`CBS-kameraer` → `CBS`).
 */
export function groupNames(text: string, mentions: readonly NameMention[], rules: KnownLanguage | undefined): NameGroup[] {
  const groups: NameGroup[] = [];
  const headline = isHeadlineCase(text);
  for (const mention of mentions) {
    const parts = partsOf(mention, rules);
    const last = groups[groups.length - 1];
    const between = last === undefined ? '' : text.slice(last.end, mention.start);
    // A capitalised common word between two names belongs to the name (`Louisiana State University`).
    const bridge = /^\s\p{Lu}\p{Ll}+\s$/u.test(between);
    if (last !== undefined && (/^\s+$/.test(between) || CONNECTOR.test(between) || bridge) && !/[,;:]/.test(between)) {
      last.parts.push(...parts);
      last.end = mention.end;
      last.text = text.slice(last.start, last.end);
      // A name of several words that modifies a compound (`James Bond-ambisjoner`) is an
      // attribute, as a generic initialism is (`TV-nettverk`).
      last.weak = (headline && !parts.some((part) => part.acronym)) || /-\p{Ll}+$/u.test(mention.text);
      continue;
    }
    const before = text.slice(0, mention.start);
    const initial = OPENS_SENTENCE.test(before) && !AFTER_TITLE.test(before) && !parts.some((part) => part.acronym);
    // A generic initialism that only modifies a compound (`TV-nettverk`, `PC-en`) is an
    // attribute a translation may well leave out, not a name that must survive.
    const modifier = /^\p{Lu}{2}-\p{Ll}+$/u.test(mention.text);
    const weak = modifier || ((initial || headline) && !parts.some((part) => part.acronym || isGazetteerName(part.text.toLowerCase(), rules)));
    groups.push({ start: mention.start, end: mention.end, text: mention.text, parts, weak });
  }
  return groups;
}

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
