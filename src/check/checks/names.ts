import { jointBeads, quote } from '../../alignment.js';
import type { NameGroup } from '../../features/name-groups.js';
import { collectAliases, partsMatch, spelledAlike } from '../../features/name-match.js';
import { distance } from 'fastest-levenshtein';
import { foldLetters, isGazetteerName } from '../../features/name-key.js';
import type { Bead, Finding } from '../../types.js';
import type { Check } from '../types.js';
import { changeOf, isAcronym, keyOf, mayRender, spanOf } from './name-change.js';
import { isDemonym, leftovers, namesOf, type Located } from './name-leftovers.js';

const NOUN_CAPITALISING = new Set(['de', 'gsw', 'lb']);

// Scripts without letter case, where capitals cannot mark a name.
const CASELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/u;

/** More names than this missing from one bead are reported together. */
const MANY_NAMES = 4;

/** The script a name is written in: Latin, or another (Cyrillic, Greek …). */
const scriptOf = (name: Located) => (/\p{Script=Latin}/u.test(name.group.text) ? 'latin' : /\p{Script=Cyrillic}/u.test(name.group.text) ? 'cyrillic' : /\p{Script=Greek}/u.test(name.group.text) ? 'greek' : 'other');

// Norwegian definite endings, which a name used as a noun takes (`Bibelen`, `Senatet`, `Koranen`).
const DEFINITE = /(?:en|et|ene)$/u;

/**
 * Whether two spellings differ by a Norwegian definite ending on one side (`Bibelen` ↔ `Bible`):
 * the name declined in the other language, not a slip of the pen. A slip keeps the name's length.
 */
function declined(a: string, b: string): boolean {
  const [x, y] = [foldLetters(a), foldLetters(b)];
  const strip = (word: string) => word.replace(DEFINITE, '');
  return (DEFINITE.test(x) && !DEFINITE.test(y) && strip(x).length === y.length) || (DEFINITE.test(y) && !DEFINITE.test(x) && strip(y).length === x.length);
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
    // A byline or a list of people that differs throughout: one finding for the bead, a warning
    // when capitals prove them names, else a note (a list in headline case).
    if (bothRead && Math.max(sourceLeft.length, targetLeft.length) > MANY_NAMES) {
      findings.push({
        kind: 'name',
        subkind: 'many',
        severity: sourceLeft.filter((name) => !name.group.weak).length > MANY_NAMES ? 'warning' : 'info',
        source: bead.source,
        target: bead.target,
        message: `Many names differ between these sentences: ${sourceLeft.map((name) => name.group.text).join(', ') || 'none'} in the source, ${targetLeft.map((name) => name.group.text).join(', ') || 'none'} in the translation.`,
        evidence: { sourceText: sourceLeft.map((name) => name.group.text).join(', '), targetText: targetLeft.map((name) => name.group.text).join(', ') },
      });
      continue;
    }
    const change = changeOf(bead, { whole: sourceLeft, parts: sourceRest.parts }, { whole: targetLeft, parts: targetRest.parts });
    if (change !== undefined) {
      const [s, t] = change;
      const slip = spelledAlike(s.group.text, t.group.text);
      // A slip of a letter or two is worth a look; a name spelt alike but further apart is most
      // likely the name in the other language (`Bibelen`, `Bible`): a note.
      const typo = slip && distance(foldLetters(s.group.text), foldLetters(t.group.text)) <= 2 && !declined(s.group.text, t.group.text);
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
    // A translation with words in a script without capitals (`北京`, `القاهرة`) may write the name
    // there, where bitekst sees no names: a name missing beside it is not proven missing.
    const caseless = CASELESS.test(textOf('target', bead));
    for (const s of sourceLeft) {
      // A name of the translation of another shape left over near it may be this name
      // translated (`Asialekene` ↔ `Asian Games`, `Arizona` ↔ `AZ`; see `mayRender`): not proven
      // missing, a note. A gazetteer name would have met its translation: it is never merely rendered.
      const known = s.group.parts.some((part) => isGazetteerName(part.forms[0]!, sourceRules));
      const rendered = known ? undefined : targetLeft.find((t) => !t.group.weak && mayRender(s, t));
      findings.push({
        kind: 'name',
        subkind: 'missing',
        severity: s.group.weak || rendered !== undefined || caseless || (!mustSurvive(s) && targetLeft.some((t) => !t.group.weak)) ? 'info' : 'warning',
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
