import { jointBeads, quote } from '../../alignment.js';
import { extractNumbers } from '../../features/numbers.js';
import { resolveLanguage } from '../../text/language.js';
import type { Finding, NumberMention, SentenceSpan } from '../../types.js';
import type { Check } from '../types.js';

interface Located {
  mention: NumberMention;
  span: SentenceSpan;
}

function numbersOf(sentences: readonly { text: string }[], indices: readonly number[], lang: string): Located[] {
  return indices.flatMap((index) =>
    extractNumbers(sentences[index]!.text, { lang }).map((mention) => ({ mention, span: { sentence: index, start: mention.start, end: mention.end } })),
  );
}

/**
 * Removes the numbers of `a` and `b` that have an equal value on the other side (a multiset
 * match). With `loose`, a number also matches one whose value before a multiplier word is the
 * same (`2.5 billion` and Icelandic `2,5 milljarðar`, whose multiplier bitekst cannot read).
 */
function unmatched(a: Located[], b: Located[], loose: boolean): [Located[], Located[]] {
  const rest = [...b];
  const left: Located[] = [];
  const same = (x: Located, y: Located) =>
    x.mention.value === y.mention.value || (loose && (x.mention.unscaled ?? x.mention.value) === (y.mention.unscaled ?? y.mention.value));
  for (const item of a) {
    const at = rest.findIndex((other) => same(other, item));
    if (at === -1) left.push(item);
    else rest.splice(at, 1);
  }
  return joinGroups(left, rest);
}

const digitsOf = (item: Located) => item.mention.text.replace(/\D/g, '');

/**
 * Numbers grouped differently on the two sides (`031/433611` and `031/43 36 11`, phone numbers
 * and reference numbers): a run of adjacent leftovers on one side whose digits, joined, are the
 * digits of a leftover on the other side, is a match.
 */
function joinGroups(a: Located[], b: Located[]): [Located[], Located[]] {
  const drop = (whole: Located[], parts: Located[]) => {
    for (let w = whole.length - 1; w >= 0; w -= 1) {
      const target = digitsOf(whole[w]!);
      if (target.length < 4) continue;
      for (let start = 0; start < parts.length; start += 1) {
        let joined = '';
        let end = start;
        while (end < parts.length && joined.length < target.length) joined += digitsOf(parts[end++]!);
        if (end - start >= 2 && joined === target) {
          whole.splice(w, 1);
          parts.splice(start, end - start);
          break;
        }
      }
    }
  };
  drop(a, b);
  drop(b, a);
  return [a, b];
}

/**
 * Numbers that differ or are missing between a bead's two sides, compared by value across
 * locales (`30.000` = `30,000`, `2,5` = `2.5`, `to` = `two`, `seks år` = `six-year`), so that a
 * correct translation raises nothing. A number on each side left unmatched is a change
 * (`30.000` → `36,000`, error); one left on one side only is missing or added. Number words
 * (`to`, `two`) weigh less than digits, as translators often render them freely.
 */
export const checkNumbers: Check = ({ alignment }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  // Number words and multipliers are only read in Norwegian and English: in any other pair they
  // cannot be compared, so words are left out and multipliers matched loosely.
  const bothRead = resolveLanguage(alignment.sourceLang).rules !== undefined && resolveLanguage(alignment.targetLang).rules !== undefined;
  // A side whose number words are read keeps them for matching (`twenty` meets `20`), but they
  // are not reported missing: the other side may have them in words bitekst cannot read.
  const reportable = (item: Located) => bothRead || item.mention.kind !== 'word';
  for (const bead of jointBeads(alignment)) {
    const [sourceLeft, targetLeft] = unmatched(
      numbersOf(alignment.source, bead.source, alignment.sourceLang),
      numbersOf(alignment.target, bead.target, alignment.targetLang),
      !bothRead,
    );
    const digits = (list: Located[]) => list.filter((item) => item.mention.kind !== 'word');
    const words = (list: Located[]) => list.filter((item) => item.mention.kind === 'word');
    // Pair the leftovers in order: digits with digits first, then whatever remains.
    const sourceQueue = [...digits(sourceLeft), ...words(sourceLeft)].filter(reportable);
    const targetQueue = [...digits(targetLeft), ...words(targetLeft)].filter(reportable);
    while (sourceQueue.length > 0 && targetQueue.length > 0) {
      const s = sourceQueue.shift()!;
      const t = targetQueue.shift()!;
      findings.push({
        kind: 'number',
        subkind: 'different',
        severity: s.mention.kind === 'word' && t.mention.kind === 'word' ? 'warning' : 'error',
        source: bead.source,
        target: bead.target,
        message: `The number ${s.mention.text} (${format(s.mention.value)}) in the source is ${t.mention.text} (${format(t.mention.value)}) in the translation.`,
        evidence: { sourceValue: s.mention.value, targetValue: t.mention.value, sourceText: s.mention.text, targetText: t.mention.text, sourceSpan: s.span, targetSpan: t.span },
      });
    }
    // Without number words on both sides, a lone number may be spelt out on the other: a note.
    const lone = (item: Located, severe: Finding['severity']): Finding['severity'] => (!bothRead ? 'info' : item.mention.kind === 'word' ? 'warning' : severe);
    for (const s of sourceQueue) {
      findings.push({
        kind: 'number',
        subkind: 'missing',
        severity: lone(s, 'error'),
        source: bead.source,
        target: bead.target,
        message: `The number ${s.mention.text} (${format(s.mention.value)}) in the source is missing from the translation ${quote(bead.target.map((index) => alignment.target[index]!.text).join(' '))}.`,
        evidence: { sourceValue: s.mention.value, sourceText: s.mention.text, sourceSpan: s.span },
      });
    }
    for (const t of targetQueue) {
      findings.push({
        kind: 'number',
        subkind: 'added',
        severity: t.mention.kind === 'word' ? 'info' : lone(t, 'warning'),
        source: bead.source,
        target: bead.target,
        message: `The translation has the number ${t.mention.text} (${format(t.mention.value)}), which the source does not.`,
        evidence: { targetValue: t.mention.value, targetText: t.mention.text, targetSpan: t.span },
      });
    }
  }
  return findings;
};

function format(value: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: 4 });
}
