import { foldLetters } from '../../features/name-key.js';
import type { Bead, SentenceSpan } from '../../types.js';
import type { Located } from './name-leftovers.js';

/** An initialism (`LSU`, `U.S.`). */
export const isAcronym = (name: Located) => name.group.parts.every((part) => part.acronym);

/** One word, several words, or an initialism: a name is replaced by one of its own shape. */
export const shapeOf = (name: Located) => (isAcronym(name) ? 'acronym' : /\s/.test(name.group.text.trim()) ? 'words' : 'word');
/** Whether two names stand at about the same place in their sentences. */
export const near = (a: Located, b: Located) => Math.abs(a.position - b.position) <= 0.35;

export const spanOf = (name: Located): SentenceSpan => ({ sentence: name.sentence, start: name.group.start, end: name.group.end });
export const keyOf = (name: Located) => name.group.parts.map((part) => part.key).join(' ');

/** The one strong name of each list, when each has exactly one, of one shape and at about the same place. */
function pairOf(source: readonly Located[], target: readonly Located[]): [Located, Located] | undefined {
  const [s, t] = [source.filter((name) => !name.group.weak), target.filter((name) => !name.group.weak)];
  if (s.length !== 1 || t.length !== 1) return undefined;
  // A word left of a longer name is compared as a word (`Feinstein` of `Dianne Feinstein`).
  const sameShape = shapeOf(s[0]!) === shapeOf(t[0]!) || (s[0]!.group.parts.length === 1 && t[0]!.group.parts.length === 1 && !isAcronym(s[0]!) && !isAcronym(t[0]!));
  return (sameShape || personByTitle(s[0]!, t[0]!) || personByTitle(t[0]!, s[0]!)) && near(s[0]!, t[0]!) ? [s[0]!, t[0]!] : undefined;
}

/**
 * A surname after an honorific (`Mr Corbyn`) names the same kind of thing as a person's full
 * name (`Jeremy Corbyn`): two or three words, no initialism. Their shapes differ, but one may
 * replace the other.
 */
function personByTitle(titled: Located, full: Located): boolean {
  return titled.titled && titled.group.parts.length === 1 && shapeOf(full) === 'words' && full.group.parts.length <= 3 && !full.group.parts.some((part) => part.acronym || part.demonym);
}

/** Whether a compound of this many letters or more, or with a hyphen, is written as one word. */
const COMPOUND_LETTERS = 9;

/**
 * Whether a name of one shape may be the translation of a name of another, near it: an
 * initialism and a name of its first letter (`AZ` ↔ `Arizona`, `NYC` ↔ `New York`), a compound
 * written as one word in one language and as several in the other (`Samveldeleker` ↔
 * `Commonwealth Games`, `Midtøsten` ↔ `Middle East`), or a short form of a longer name
 * (`Rockies` ↔ `Rocky Mountains`). A short single word beside another name of several words
 * (`Rosa` ↔ `Risa Kusuma`) is not a rendering.
 */
export function mayRender(a: Located, b: Located): boolean {
  if (shapeOf(a) === shapeOf(b) || !near(a, b)) return false;
  const first = (name: Located) => foldLetters(name.group.text)[0];
  if (isAcronym(a) || isAcronym(b)) return first(a) === first(b);
  const [one, several] = a.group.parts.length === 1 ? [a, b] : [b, a];
  const word = one.group.text;
  if (word.includes('-') || word.length >= COMPOUND_LETTERS) return true;
  const stem = foldLetters(word).slice(0, 3);
  return several.group.parts.some((part) => foldLetters(part.text).startsWith(stem));
}

/** What is left of a bead's names on one side: names met nowhere, and words unmet in names met in part. */
export interface NameRest {
  whole: Located[];
  parts: Located[];
}

/**
 * A name on each side, left unmet, is a change only with evidence that the one stands where the
 * other stood: a 1-1 bead where everything else matched (one name of each side left over, not
 * counting words capitalised only because they open the sentence or a quotation), the two of
 * one shape and at about the same place. Two names that merely failed to match are not that
 * evidence. Whole names are paired first: a word left over in a name met in part (`AM` of
 * `Labour AM` for `Labour`) is a title or a rendering, which does not hide a swap beside it; such
 * words are paired only when no whole names pair.
 */
export function changeOf(bead: Bead, source: NameRest, target: NameRest): [Located, Located] | undefined {
  if (bead.source.length !== 1 || bead.target.length !== 1) return undefined;
  return pairOf(source.whole, target.whole) ?? pairOf([...source.whole, ...source.parts], [...target.whole, ...target.parts]);
}
