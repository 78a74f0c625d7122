import type { SentenceAnalysis } from '../../analysis/analyse-sentence.js';
import type { NameGroup, NamePart } from '../../features/name-groups.js';
import { derivedWordMeets, expandsTo, initialsOf, partsMatch } from '../../features/name-match.js';
import { namesMatch } from '../../features/name-key.js';
import { isTitle } from '../../features/data/stopwords.js';

/** A name mention of one side of a bead, with where it stands. */
export interface Located {
  group: NameGroup;
  sentence: number;
  /** Where the name stands in its sentence, 0 (start) to 1 (end). */
  position: number;
  /** It follows an honorific (`Mr Corbyn`, `Dr. Ford`): a person's name. */
  titled: boolean;
}

/** A nationality word, alone or after a compass word (`North Korean`). */
export const isDemonym = (name: Located) => name.group.parts.some((part) => part.demonym) && name.group.parts.every((part) => part.demonym || part.compass);

// The word before a name, with an abbreviation's point.
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;

/** The other words each name word is written with in each side's document (see `collectAliases`). */
export interface Aliases {
  own: ReadonlyMap<string, string[]>;
  other: ReadonlyMap<string, string[]>;
}

const NO_ALIASES: ReadonlyMap<string, string[]> = new Map();

/** The names of a bead's sentences, one per distinct name, without single letters (initials). */
export function namesOf(analysis: readonly SentenceAnalysis[], texts: readonly { text: string }[], indices: readonly number[]): Located[] {
  const seen = new Set<string>();
  return indices.flatMap((index) =>
    analysis[index]!.names
      .map((group) => ({ ...group, parts: group.parts.filter((part) => part.text.replace(/\./g, '').length >= 2) }))
      .filter((group) => {
        // One finding per distinct name, and single letters are initials, not names.
        const key = group.parts.map((part) => part.key).join(' ');
        if (group.parts.length === 0 || seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((group) => {
        const text = texts[index]!.text;
        const before = WORD_BEFORE.exec(text.slice(Math.max(0, group.start - 12), group.start));
        return { group, sentence: index, position: group.start / Math.max(1, text.length), titled: before !== null && isTitle(before[1]!) };
      }),
  );
}

/** Whether a part meets the other side: a name part, an initialism and its words, or a lower-case word. */
function partMet(part: NamePart, others: readonly Located[], initials: string, words: readonly string[], aliases: Aliases, keys: ReadonlySet<string>): boolean {
  // The common case first, in constant time: the same key on the other side.
  if (keys.has(part.key)) return true;
  const aliasesOf = (map: ReadonlyMap<string, string[]>, key: string) => [...map].flatMap(([own, list]) => (namesMatch(own, key) ? list : []));
  const alias = aliasesOf(aliases.own, part.key);
  const met = (other: NamePart) => partsMatch(part, other) || alias.some((key) => namesMatch(key, other.key)) || aliasesOf(aliases.other, other.key).some((key) => namesMatch(key, part.key));
  return (
    others.some(({ group }) => group.parts.some(met)) ||
    expandsTo(part, initials) ||
    words.some((word) => namesMatch(part.key, word) || derivedWordMeets(part, word))
  );
}

/**
 * A region named by a compass word and a place (`sørvest-USA`, `Nord-Italia`) that the other
 * side names by the compass word alone (`the Southwest`, `the North`): the region is met whole.
 */
function compassRegionMet(group: NameGroup, others: readonly Located[]): boolean {
  const [first] = group.parts;
  if (first === undefined || !first.compass || group.parts.length !== 2) return false;
  return others.some(({ group: other }) => other.parts.length === 1 && other.parts[0]!.compass && partsMatch(other.parts[0]!, first));
}

/**
 * Names of one side that meet nothing on the other (`whole`), and the words left unmet in names
 * met in part (`parts`): `Boris Johnson` ↔ `Johnson` is met, but `Dianne Feinstein` ↔ `Dianne
 * Iraq` leaves `Feinstein`, which only a change can report.
 */
export function leftovers(own: readonly Located[], others: readonly Located[], words: readonly string[], aliases: Aliases): { whole: Located[]; parts: Located[] } {
  const initials = initialsOf(others.map(({ group }) => group));
  const keys = new Set(others.flatMap(({ group }) => group.parts.map((part) => part.key)));
  const ownInitials = initialsOf(own.map(({ group }) => group));
  // An initialism on the other side spelt out here (`Louisiana State University` ↔ `LSU`).
  const spelt = (group: NameGroup) => initialsOf([group]).length > 1 && others.some(({ group: other }) => other.parts.some((part) => expandsTo(part, ownInitials) && ownInitials.includes(initialsOf([group]))));
  // A nationality word stands for its country (`Welsh` ↔ `Wales`), unless it translates a
  // nationality word of this side (`walisisk` ↔ `Welsh`): then the country must meet a name of
  // its own.
  const ownDemonyms = own.filter(isDemonym).flatMap(({ group }) => group.parts);
  const spokenFor = (other: Located) => isDemonym(other) && other.group.parts.some((part) => ownDemonyms.some((own) => partsMatch(own, part)));
  const forPlaces = others.filter((other) => !spokenFor(other));
  const whole: Located[] = [];
  const parts: Located[] = [];
  for (const name of own) {
    if (spelt(name.group) || compassRegionMet(name.group, others)) continue;
    const candidates = isDemonym(name) ? others : forPlaces;
    // Aliases stand in for a name written alone (`Sharon` for `Ms Davis`), not for a word of a longer one.
    const usable = name.group.parts.length === 1 ? aliases : { own: NO_ALIASES, other: NO_ALIASES };
    // A lower-case word meets a name of one word (`Olympics` ↔ `olympiske`), not a word of a longer
    // name (`Collier County` is not met by `counties`).
    const unmet = name.group.parts.filter((part) => !partMet(part, candidates, initials, name.group.parts.length === 1 ? words : [], usable, keys));
    if (unmet.length === name.group.parts.length) whole.push(name);
    else if (unmet.length === 1 && !unmet[0]!.demonym && !unmet[0]!.compass) {
      const part = unmet[0]!;
      parts.push({ ...name, group: { start: part.start, end: part.end, text: part.text, parts: [part], weak: name.group.weak } });
    }
  }
  return { whole, parts };
}
