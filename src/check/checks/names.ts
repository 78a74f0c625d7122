import { jointBeads, quote } from '../../alignment.js';
import type { SentenceAnalysis } from '../../analysis/analyse-sentence.js';
import type { NameGroup, NamePart } from '../../features/name-groups.js';
import { collectAliases, expandsTo, initialsOf, partsMatch, spelledAlike } from '../../features/name-match.js';
import { distance } from 'fastest-levenshtein';
import { foldLetters, isGazetteerName, namesMatch } from '../../features/name-key.js';
import type { Bead, Finding, SentenceSpan } from '../../types.js';
import type { Check } from '../types.js';

const NOUN_CAPITALISING = new Set(['de', 'gsw', 'lb']);

interface Located {
  group: NameGroup;
  sentence: number;
  /** Where the name stands in its sentence, 0 (start) to 1 (end). */
  position: number;
}

function namesOf(analysis: readonly SentenceAnalysis[], texts: readonly { text: string }[], indices: readonly number[]): Located[] {
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
      .map((group) => ({ group, sentence: index, position: group.start / Math.max(1, texts[index]!.text.length) })),
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
    words.some((word) => namesMatch(part.key, word))
  );
}

/**
 * Names of one side that meet nothing on the other (`whole`), and the words left unmet in names
 * met in part (`parts`): `Boris Johnson` ↔ `Johnson` is met, but `Dianne Feinstein` ↔ `Dianne
 * Iraq` leaves `Feinstein`, which only a change can report.
 */
/** More names than this missing from one bead are reported together. */
const MANY_NAMES = 4;

/** The script a name is written in: Latin, or another (Cyrillic, Greek …). */
const scriptOf = (name: Located) => (/\p{Script=Latin}/u.test(name.group.text) ? 'latin' : /\p{Script=Cyrillic}/u.test(name.group.text) ? 'cyrillic' : /\p{Script=Greek}/u.test(name.group.text) ? 'greek' : 'other');

const NO_ALIASES: ReadonlyMap<string, string[]> = new Map();

interface Aliases {
  own: ReadonlyMap<string, string[]>;
  other: ReadonlyMap<string, string[]>;
}

function leftovers(own: readonly Located[], others: readonly Located[], words: readonly string[], aliases: Aliases): { whole: Located[]; parts: Located[] } {
  const initials = initialsOf(others.map(({ group }) => group));
  const keys = new Set(others.flatMap(({ group }) => group.parts.map((part) => part.key)));
  const ownInitials = initialsOf(own.map(({ group }) => group));
  // An initialism on the other side spelt out here (`Louisiana State University` ↔ `LSU`).
  const spelt = (group: NameGroup) => initialsOf([group]).length > 1 && others.some(({ group: other }) => other.parts.some((part) => expandsTo(part, ownInitials) && ownInitials.includes(initialsOf([group]))));
  const whole: Located[] = [];
  const parts: Located[] = [];
  for (const name of own) {
    if (spelt(name.group)) continue;
    // Aliases stand in for a name written alone (`Sharon` for `Ms Davis`), not for a word of a longer one.
    const usable = name.group.parts.length === 1 ? aliases : { own: NO_ALIASES, other: NO_ALIASES };
    // A lower-case word meets a name of one word (`Olympics` ↔ `olympiske`), not a word of a longer
    // name (`Collier County` is not met by `counties`).
    const unmet = name.group.parts.filter((part) => !partMet(part, others, initials, name.group.parts.length === 1 ? words : [], usable, keys));
    if (unmet.length === name.group.parts.length) whole.push(name);
    else if (unmet.length === 1 && !unmet[0]!.demonym && !unmet[0]!.compass) {
      const part = unmet[0]!;
      parts.push({ ...name, group: { start: part.start, end: part.end, text: part.text, parts: [part], weak: name.group.weak } });
    }
  }
  return { whole, parts };
}

const spanOf = (name: Located): SentenceSpan => ({ sentence: name.sentence, start: name.group.start, end: name.group.end });
const keyOf = (name: Located) => name.group.parts.map((part) => part.key).join(' ');
// A nationality word, alone or after a compass word (`North Korean`).
const isDemonym = (name: Located) => name.group.parts.some((part) => part.demonym) && name.group.parts.every((part) => part.demonym || part.compass);
const isAcronym = (name: Located) => name.group.parts.every((part) => part.acronym);

/** One word, several words, or an initialism: a name is replaced by one of its own shape. */
const shapeOf = (name: Located) => (isAcronym(name) ? 'acronym' : /\s/.test(name.group.text.trim()) ? 'words' : 'word');
const near = (a: Located, b: Located) => Math.abs(a.position - b.position) <= 0.35;

/**
 * A name on each side, left unmet, is a change only with evidence that the one stands where the
 * other stood: a 1-1 bead where everything else matched (one name of each side left over, not
 * counting words capitalised only because they open the sentence or a quotation), the two of
 * one shape and at about the same place. Two names that merely failed to match are not that
 * evidence.
 */
function changeOf(bead: Bead, source: Located[], target: Located[]): [Located, Located] | undefined {
  if (bead.source.length !== 1 || bead.target.length !== 1) return undefined;
  const [s, t] = [source.filter((name) => !name.group.weak), target.filter((name) => !name.group.weak)];
  if (s.length !== 1 || t.length !== 1) return undefined;
  // A word left of a longer name is compared as a word (`Feinstein` of `Dianne Feinstein`).
  const sameShape = shapeOf(s[0]!) === shapeOf(t[0]!) || (s[0]!.group.parts.length === 1 && t[0]!.group.parts.length === 1 && !isAcronym(s[0]!) && !isAcronym(t[0]!));
  return sameShape && near(s[0]!, t[0]!) ? [s[0]!, t[0]!] : undefined;
}

/**
 * Names that differ or are missing between a bead's two sides. Names are whole mentions
 * (`Louisiana State University`, `Nord-Makedonia`) matched word by word across spelling and
 * transliteration (`Pasjinian` = `Pashinyan`), inflection (`Johnsons` = `Johnson's`, `AMs` = `AM`,
 * `WMP-er`), and initialisms (`LSU`). A name replaced by another, with evidence (see
 * {@link changeOf}), is an error, or a warning when the two are spelt alike (`Leory` and
 * `Leroy`, `Bibelen` and `Bible`). A name of the source missing from the translation is a warning
 * when capitals prove it a name, else a note; a name the translation adds is a note;
 * nationality adjectives (`britisk` ↔ `Welsh`) are swapped freely by translators and raise nothing.
 * The check is off for German (every noun is capitalised); for pairs without Norwegian/English
 * name rules, only changes are reported, as info.
 */
export const checkNames: Check = ({ alignment, analysis, language }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  // German and Luxembourgish capitalise every noun: capitals do not mark names there.
  if ([alignment.sourceLang, alignment.targetLang].some((tag) => NOUN_CAPITALISING.has(primary(tag)))) return findings;
  // Without name rules (gazetteer, transliteration) for both languages, names that do not meet
  // by spelling are often the same place in another language: only a change is noted, as info.
  const bothRead = language.source.rules !== undefined && language.target.rules !== undefined;
  const sourceAliases = collectAliases(analysis.source.flatMap((sentence) => sentence.names));
  const targetAliases = collectAliases(analysis.target.flatMap((sentence) => sentence.names));
  // A name must survive translation when it is a name of several words (`Theresa May`), an
  // initialism, a place the gazetteer knows, or one the document repeats or the translation
  // writes elsewhere (a person, a place the translator keeps). A single capitalised word seen
  // once may be a brand or a term the translation renders by a common word (`Twitter` ↔ `tweet`).
  const sourceRules = language.source.rules;
  const everywhere = analysis.target.flatMap((sentence, index) => sentence.names.map((group) => ({ group, sentence: index, position: 0 })));
  const ownEverywhere = analysis.source.flatMap((sentence, index) => sentence.names.map((group) => ({ group, sentence: index })));
  const meets = (name: Located, list: readonly { group: NameGroup; sentence: number }[]) =>
    list.some((other) => other.sentence !== name.sentence && other.group.parts.some((part) => name.group.parts.some((own) => partsMatch(own, part))));
  const mustSurvive = (name: Located) =>
    /\s/.test(name.group.text.trim()) || isAcronym(name) || name.group.parts.some((part) => isGazetteerName(part.forms[0]!, sourceRules)) || meets(name, everywhere) || meets(name, ownEverywhere);
  const textOf = (side: 'source' | 'target', bead: Bead) => bead[side].map((index) => alignment[side][index]!.text).join(' ');
  for (const bead of jointBeads(alignment)) {
    const source = namesOf(analysis.source, alignment.source, bead.source);
    const target = namesOf(analysis.target, alignment.target, bead.target);
    if (source.length === 0 && target.length === 0) continue;
    const words = (side: 'source' | 'target') => bead[side].flatMap((index) => analysis[side][index]!.words);
    const sourceRest = leftovers(source, target, words('target'), { own: sourceAliases, other: targetAliases });
    const targetRest = leftovers(target, source, words('source'), { own: targetAliases, other: sourceAliases });
    // A name in a script the other side does not write (`Москва` beside Latin text) is a
    // transliteration bitekst cannot check: no evidence either way.
    const scriptsOf = (list: readonly Located[]) => new Set(list.map(scriptOf));
    const [sourceScripts, targetScripts] = [scriptsOf(source), scriptsOf(target)];
    const sourceLeft = sourceRest.whole.filter((name) => !isDemonym(name) && (targetScripts.size === 0 || targetScripts.has(scriptOf(name))));
    const targetLeft = targetRest.whole.filter((name) => !isDemonym(name) && (sourceScripts.size === 0 || sourceScripts.has(scriptOf(name))));
    // A byline or a list of people that differs throughout: one finding for the bead.
    if (bothRead && sourceLeft.filter((name) => !name.group.weak).length > MANY_NAMES) {
      findings.push({
        kind: 'name',
        subkind: 'many',
        severity: 'warning',
        source: bead.source,
        target: bead.target,
        message: `Many names of the source do not appear in the translation: ${sourceLeft.map((name) => name.group.text).join(', ')}.`,
        evidence: { sourceText: sourceLeft.map((name) => name.group.text).join(', '), targetText: textOf('target', bead) },
      });
      continue;
    }
    const change = changeOf(bead, [...sourceLeft, ...sourceRest.parts], [...targetLeft, ...targetRest.parts]);
    if (change !== undefined) {
      const [s, t] = change;
      const slip = spelledAlike(s.group.text, t.group.text);
      // A slip of a letter or two is worth a look; a name spelt alike but further apart is most
      // likely the name in the other language (`Bibelen`, `Bible`): a note.
      const typo = slip && distance(foldLetters(s.group.text), foldLetters(t.group.text)) <= 2;
      findings.push({
        kind: 'name',
        subkind: slip ? 'spelling' : 'different',
        severity: !bothRead || (slip && !typo) ? 'info' : slip ? 'warning' : 'error',
        source: bead.source,
        target: bead.target,
        message: slip
          ? `The name ${s.group.text} in the source is spelt ${t.group.text} in the translation: check that it is the same name.`
          : `The name ${s.group.text} in the source is ${t.group.text} in the translation: the only name of each side left unmatched, at the same place in the sentence.`,
        evidence: { sourceValue: keyOf(s), targetValue: keyOf(t), sourceText: s.group.text, targetText: t.group.text, sourceSpan: spanOf(s), targetSpan: spanOf(t) },
      });
      if (sourceLeft.includes(s)) sourceLeft.splice(sourceLeft.indexOf(s), 1);
      if (targetLeft.includes(t)) targetLeft.splice(targetLeft.indexOf(t), 1);
    }
    if (!bothRead) {
      // Without name rules for both languages nothing proves a change, but names left over on
      // both sides are worth knowing as context (notes), paired in order.
      for (let index = 0; index < Math.min(sourceLeft.length, targetLeft.length); index += 1) {
        const [s, t] = [sourceLeft[index]!, targetLeft[index]!];
        findings.push({
          kind: 'name',
          subkind: 'different',
          severity: 'info',
          source: bead.source,
          target: bead.target,
          message: `The name ${s.group.text} in the source may be ${t.group.text} in the translation (names of these languages cannot be compared by spelling).`,
          evidence: { sourceValue: keyOf(s), targetValue: keyOf(t), sourceText: s.group.text, targetText: t.group.text, sourceSpan: spanOf(s), targetSpan: spanOf(t) },
        });
      }
      continue;
    }
    for (const s of sourceLeft) {
      // A name of the translation of another shape left over near it is likely this name
      // translated (`Asialekene` ↔ `Asian Games`, `Arizona` ↔ `AZ`): not proven missing, a note.
      // A gazetteer name would have met its translation: it is never merely rendered.
      const known = s.group.parts.some((part) => isGazetteerName(part.forms[0]!, sourceRules));
      const rendered = known ? undefined : targetLeft.find((t) => !t.group.weak && near(s, t) && shapeOf(t) !== shapeOf(s));
      findings.push({
        kind: 'name',
        subkind: 'missing',
        severity: s.group.weak || rendered !== undefined || (!mustSurvive(s) && targetLeft.some((t) => !t.group.weak)) ? 'info' : 'warning',
        source: bead.source,
        target: bead.target,
        message: `The name ${s.group.text} in the source does not appear in the translation ${quote(textOf('target', bead))}${s.group.weak ? ' (it may be a capitalised word, not a name)' : rendered !== undefined ? ` (it may be rendered as ${rendered.group.text})` : ''}.`,
        evidence: { sourceValue: keyOf(s), sourceText: s.group.text, sourceSpan: spanOf(s), targetText: textOf('target', bead) },
      });
    }
    for (const t of targetLeft) {
      findings.push({
        kind: 'name',
        subkind: 'added',
        // A translation that names what the source leaves implicit (`the Welsh AMs`, `the
        // Treasury` for `finansdepartementet`) is common and harmless: context, never an alarm.
        severity: 'info',
        source: bead.source,
        target: bead.target,
        message: `The translation names ${t.group.text}, which the source ${quote(textOf('source', bead))} does not${t.group.weak ? ' (it may be a capitalised word, not a name)' : ''}.`,
        evidence: { targetValue: keyOf(t), targetText: t.group.text, targetSpan: spanOf(t), sourceText: textOf('source', bead) },
      });
    }
  }
  return findings;
};
