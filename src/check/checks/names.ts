import { jointBeads, quote } from '../../alignment.js';
import { namesMatch } from '../../features/name-key.js';
import { extractNames } from '../../features/names.js';
import type { Finding, NameMention, SentenceSpan } from '../../types.js';
import { resolveLanguage } from '../../text/language.js';

const NOUN_CAPITALISING = new Set(['de', 'gsw', 'lb']);
import type { Check } from '../types.js';

interface Located {
  mention: NameMention;
  span: SentenceSpan;
}

function namesOf(sentences: readonly { text: string }[], indices: readonly number[], lang: string, knownNames: ReadonlySet<string>): Located[] {
  const seen = new Set<string>();
  return indices.flatMap((index) =>
    extractNames(sentences[index]!.text, { lang, knownNames })
      .filter((mention) => {
        // One finding per distinct name, and single letters are initials, not names.
        if (seen.has(mention.key) || mention.text.length < 2) return false;
        seen.add(mention.key);
        return true;
      })
      .map((mention) => ({ mention, span: { sentence: index, start: mention.start, end: mention.end } })),
  );
}

/** Whether `name` meets a name of `others`, or a word of `text` (a name the other side writes in lower case). */
function isMatched(name: Located, others: readonly Located[], words: readonly string[]): boolean {
  return others.some((other) => namesMatch(name.mention.key, other.mention.key)) || words.some((word) => namesMatch(name.mention.key, word));
}

/**
 * Names that differ or are missing between a bead's two sides, transliteration-aware: keys let
 * `Pasjinian` meet `Pashinyan` and `Russland` meet `Russia`, so those raise nothing, while
 * `Putin` → `Medvedev` is a change (error). A name on one side only is missing (warning) or
 * added (info): translators do replace a name by a pronoun. Names are told by their capitals, so
 * the check is off for German (every noun is capitalised); for pairs without Norwegian/English
 * name rules, only changes are reported, as info.
 */
export const checkNames: Check = ({ alignment, knownSource, knownTarget }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  // German and Luxembourgish capitalise every noun: capitals do not mark names there.
  if ([alignment.sourceLang, alignment.targetLang].some((tag) => NOUN_CAPITALISING.has(primary(tag)))) return findings;
  // Without name rules (gazetteer, transliteration) for both languages, names that do not meet
  // by spelling are often the same place in another language: only a change is noted, as info.
  const bothRead = resolveLanguage(alignment.sourceLang).rules !== undefined && resolveLanguage(alignment.targetLang).rules !== undefined;
  for (const bead of jointBeads(alignment)) {
    const source = namesOf(alignment.source, bead.source, alignment.sourceLang, knownSource);
    const target = namesOf(alignment.target, bead.target, alignment.targetLang, knownTarget);
    if (source.length === 0 && target.length === 0) continue;
    const words = (sentences: readonly { text: string }[], indices: readonly number[]) =>
      indices.flatMap((index) => sentences[index]!.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
    const sourceWords = words(alignment.source, bead.source);
    const targetWords = words(alignment.target, bead.target);
    const sourceLeft = source.filter((name) => !isMatched(name, target, targetWords));
    const targetLeft = target.filter((name) => !isMatched(name, source, sourceWords));
    while (sourceLeft.length > 0 && targetLeft.length > 0) {
      const s = sourceLeft.shift()!;
      const t = targetLeft.shift()!;
      findings.push({
        kind: 'name',
        subkind: 'different',
        severity: bothRead ? 'error' : 'info',
        source: bead.source,
        target: bead.target,
        message: `The name ${s.mention.text} in the source is ${t.mention.text} in the translation.`,
        evidence: { sourceValue: s.mention.key, targetValue: t.mention.key, sourceText: s.mention.text, targetText: t.mention.text, sourceSpan: s.span, targetSpan: t.span },
      });
    }
    if (!bothRead) continue;
    for (const s of sourceLeft) {
      findings.push({
        kind: 'name',
        subkind: 'missing',
        severity: 'warning',
        source: bead.source,
        target: bead.target,
        message: `The name ${s.mention.text} in the source does not appear in the translation ${quote(bead.target.map((index) => alignment.target[index]!.text).join(' '))}.`,
        evidence: { sourceValue: s.mention.key, sourceText: s.mention.text, sourceSpan: s.span },
      });
    }
    for (const t of targetLeft) {
      findings.push({
        kind: 'name',
        subkind: 'added',
        severity: 'info',
        source: bead.source,
        target: bead.target,
        message: `The translation names ${t.mention.text}, which the source does not.`,
        evidence: { targetValue: t.mention.key, targetText: t.mention.text, targetSpan: t.span },
      });
    }
  }
  return findings;
};
