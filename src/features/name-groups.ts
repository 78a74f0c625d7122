import type { NameMention, Span } from '../types.js';
import type { KnownLanguage } from '../text/language.js';
import { isNeverName } from './data/stopwords.js';
import { DEMONYM_FORMS } from './data/gazetteer.js';
import { hasNorwegianDemonymEnding } from './demonym-stems.js';
import { foldLetters, isGazetteerName, nameKey } from './name-key.js';
import { COMPASS, compassInEnglish } from './data/compass.js';
import { ownEntry } from '../text/own-entry.js';
import { charClass, CharClass, codePointAt, isUppercasePoint } from '../text/char-class.js';

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
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]+(?:s|-\p{Ll}+)?$/u;

function isDemonym(lower: string, rules: KnownLanguage | undefined): boolean {
  if (DEMONYM_FORMS.has(lower)) return true;
  // A stem with an adjective's or a noun's ending (`russiske`, `amerikanerne`), not a country (`Tyskland`).
  return rules === 'nb' && hasNorwegianDemonymEnding(lower);
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
    const compass = compassInEnglish(lower);
    const forms = formsOf(text);
    return {
      start, end: start + text.length, text,
      // A compass word is keyed in English (`Vest` = `West`); an inflected form of a gazetteer
      // name (`USAs`) takes the gazetteer's key.
      key: compass !== undefined ? nameKey(compass, 'en') : gazetteerKey(forms, rules) ?? key,
      forms, acronym: ACRONYM.test(text), demonym: isDemonym(lower, rules), compass: compass !== undefined,
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
    const compass = ownEntry(COMPASS, piece.toLowerCase());
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
  let capitalised = 0;
  let first = true;
  // Every run of letters (`\p{L}+`) after the first (which is capitalised anyway), of four
  // UTF-16 units or more, walked by char code; the first lower-case one that is no function
  // word settles it.
  for (let start = 0; start < text.length; ) {
    const point = codePointAt(text, start);
    if (charClass(point) !== CharClass.Letter) {
      start += point > 0xffff ? 2 : 1;
      continue;
    }
    let end = start + (point > 0xffff ? 2 : 1);
    while (end < text.length) {
      const next = codePointAt(text, end);
      if (charClass(next) !== CharClass.Letter) break;
      end += next > 0xffff ? 2 : 1;
    }
    if (!first && end - start >= 4) {
      if (isUppercasePoint(point)) capitalised += 1;
      else if (!isNeverName(text.slice(start, end))) return false;
    }
    first = false;
    start = end;
  }
  return capitalised >= 3;
}

// What opens a sentence for a name's weakness: a full stop, a dash, or any opening quotation
// mark (a quoted phrase opens with a capital whether or not it names anything). A straight
// quote followed by a space closes a quotation (`," Trump said`): it opens nothing.
const OPENS_SENTENCE = /(?:^|[.!?:;]["»”’)]*\s+|[–—-]\s+|[«“‘(\[]+\s*|["']+)$/u;
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
      if (bridge) {
        const word = between.trim();
        const start = last.end + between.indexOf(word);
        last.parts.push({ start, end: start + word.length, text: word, key: nameKey(word, rules), forms: formsOf(word), acronym: false, demonym: false, compass: false });
      }
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
