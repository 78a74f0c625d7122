import { jointBeads, quote } from '../../alignment.js';
import { SOFT_NUMBER_WORDS } from '../../features/data/number-words.js';
import { scalesDiffer, unitsDiffer } from '../../features/number-match.js';
import { looseSpeeds, numbersOf, unmatched, type Located } from './number-leftovers.js';
import type { Finding, NumberMention, SentenceSpan } from '../../types.js';
import type { Bead } from '../../types.js';
import type { Check } from '../types.js';

const isWord = (item: Located) => item.mention.kind === 'word';
/** More unmatched numbers than this in one bead are reported together. */
const MANY = 6;
const MONTH = /^\s*(?:januar|january|februar|february|mars|march|april|mai|may|juni|june|juli|july|august|september|oktober|october|november|desember|december|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|des|dec)\.)(?![\p{L}])/iu;

/** Why two unmatched numbers are a change, in words, for the message. */
function reason(s: NumberMention, t: NumberMention): string {
  if (unitsDiffer(s, t)) return 'the same figure with another unit';
  if (scalesDiffer(s, t)) return 'the same figure with another scale';
  return 'the only number left unmatched on each side';
}

/**
 * Numbers that differ or are missing between a bead's two sides, compared by value across
 * locales and conventions (`30.000` = `30,000`, `2,5` = `2.5`, `125 millioner` = `£125m`,
 * `kl. 7.55` = `7.55am`, `1800-tallet` = `19th century`, `halvparten` = `half`, `137 km/h` =
 * `85 mph`), so that a correct translation raises nothing.
 *
 * Severity follows the README's contract. A change is an error when it is proven: the only
 * number left on each side, or the same figure with another unit or scale (`5 km` → `5 miles`,
 * `2,8 millioner` → `£2.8bn`); several leftovers paired by order are warnings. A number of the
 * source missing from the translation is a warning. A number the translation adds, and any
 * number written as a word (`to`, `both`, `a couple`), which translators render freely or leave
 * out, is context (info); so is a small ordinal (`1.` for `first`).
 */
export const checkNumbers: Check = ({ alignment, analysis, language }) => {
  const findings: Omit<Finding, 'id'>[] = [];
  // Number words and multipliers are only read in Norwegian and English: in any other pair they
  // cannot be compared, so words are left out and multipliers matched loosely.
  const bothRead = language.source.rules !== undefined && language.target.rules !== undefined;
  // A side whose number words are read keeps them for matching (`twenty` meets `20`), but they
  // are not reported: the other side may have them in words bitekst cannot read.
  const reportable = (item: Located) => (bothRead || !isWord(item)) && !(isWord(item) && SOFT_NUMBER_WORDS.has(item.mention.text.toLowerCase()));
  const quoteOf = (side: 'source' | 'target', bead: Bead) => quote(bead[side].map((index) => alignment[side][index]!.text).join(' '));
  for (const bead of jointBeads(alignment)) {
    const [sourceLeft, targetLeft] = unmatched(numbersOf(analysis.source, bead.source), numbersOf(analysis.target, bead.target), !bothRead);
    const sourceQueue = sourceLeft.filter(reportable);
    const targetQueue = targetLeft.filter(reportable);
    for (const [s, t] of looseSpeeds(sourceQueue, targetQueue)) {
      findings.push({
        kind: 'number',
        subkind: 'unit',
        severity: 'info',
        source: bead.source,
        target: bead.target,
        message: `The number ${s.mention.text} (${format(s.mention)}) in the source is ${t.mention.text} (${format(t.mention)}) in the translation: the same speed converted, written with its distance unit only on one side.`,
        evidence: { sourceValue: s.mention.value, targetValue: t.mention.value, sourceText: s.mention.text, targetText: t.mention.text, sourceSpan: s.span, targetSpan: t.span },
      });
    }
    // A table row, a score list or a reformatted list leaves many numbers over: one finding for
    // the bead, not one per number.
    if (sourceQueue.filter((item) => !isWord(item)).length + targetQueue.filter((item) => !isWord(item)).length > MANY) {
      const list = (items: Located[]) => items.filter((item) => !isWord(item)).map((item) => item.mention.text).join(', ') || 'none';
      findings.push({
        kind: 'number',
        subkind: 'many',
        severity: 'warning',
        source: bead.source,
        target: bead.target,
        message: `Many numbers differ between these sentences: ${list(sourceQueue)} in the source, ${list(targetQueue)} in the translation.`,
        evidence: { sourceText: list(sourceQueue), targetText: list(targetQueue) },
      });
      continue;
    }
    const change = (s: Located, t: Located, severity: Finding['severity'], paired = false) => {
      findings.push({
        kind: 'number',
        subkind: unitsDiffer(s.mention, t.mention) ? 'unit' : scalesDiffer(s.mention, t.mention) ? 'scale' : 'different',
        severity,
        source: bead.source,
        target: bead.target,
        message: `The number ${s.mention.text} (${format(s.mention)}) in the source is ${t.mention.text} (${format(t.mention)}) in the translation: ${paired ? 'numbers left unmatched on both sides, paired by their order' : reason(s.mention, t.mention)}.`,
        evidence: { sourceValue: s.mention.value, targetValue: t.mention.value, sourceText: s.mention.text, targetText: t.mention.text, sourceSpan: s.span, targetSpan: t.span },
      });
    };
    // Same figure, other unit or scale: provably another quantity, wherever it stands.
    for (const [pick, severity] of [[unitsDiffer, 'error'], [scalesDiffer, 'error']] as const) {
      for (let si = 0; si < sourceQueue.length; si += 1) {
        const ti = targetQueue.findIndex((t) => !isWord(t) && !isWord(sourceQueue[si]!) && pick(sourceQueue[si]!.mention, t.mention));
        if (ti === -1) continue;
        change(sourceQueue[si]!, targetQueue[ti]!, severity);
        sourceQueue.splice(si, 1);
        targetQueue.splice(ti, 1);
        si -= 1;
      }
    }
    const digits = (list: Located[]) => list.filter((item) => !isWord(item));
    const words = (list: Located[]) => list.filter(isWord);
    // The only digits left on each side stand for each other: a proven change.
    const proven = digits(sourceQueue).length === 1 && digits(targetQueue).length === 1;
    const sources = [...digits(sourceQueue), ...words(sourceQueue)];
    const targets = [...digits(targetQueue), ...words(targetQueue)];
    while (sources.length > 0 && targets.length > 0) {
      const s = sources.shift()!;
      const t = targets.shift()!;
      const severity = isWord(s) && isWord(t) ? 'info' : isWord(s) || isWord(t) ? 'warning' : proven ? 'error' : 'warning';
      change(s, t, severity, !proven);
    }
    for (const s of sources) {
      // A small ordinal may be a word on the other side (`1. verdenskrig` = `the First World War`),
      // but not in a date (`1. oktober` = `October 1`).
      const date = MONTH.test(alignment.source[s.span.sentence]!.text.slice(s.span.end, s.span.end + 12));
      const note = !bothRead || isWord(s) || (s.mention.kind === 'ordinal' && s.mention.value <= 10 && !date);
      findings.push({
        kind: 'number',
        subkind: 'missing',
        severity: note ? 'info' : 'warning',
        source: bead.source,
        target: bead.target,
        message: `The number ${s.mention.text} (${format(s.mention)}) in the source is missing from the translation ${quoteOf('target', bead)}${isWord(s) ? ' (written as a word: the translation may say it another way)' : ''}.`,
        evidence: { sourceValue: s.mention.value, sourceText: s.mention.text, sourceSpan: s.span, targetText: bead.target.map((index) => alignment.target[index]!.text).join(' ') },
      });
    }
    for (const t of targets) {
      findings.push({
        kind: 'number',
        subkind: 'added',
        severity: 'info',
        source: bead.source,
        target: bead.target,
        message: `The translation has the number ${t.mention.text} (${format(t.mention)}), which the source ${quoteOf('source', bead)} does not.`,
        evidence: { targetValue: t.mention.value, targetText: t.mention.text, targetSpan: t.span, sourceText: bead.source.map((index) => alignment.source[index]!.text).join(' ') },
      });
    }
  }
  return findings;
};

/** How a value is written in a message (`30,000`, `2.5`): made once, as `toLocaleString` would make one a call. */
const VALUE_FORMAT = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

function format(mention: NumberMention): string {
  if (mention.kind === 'time') {
    const hours = Math.floor(mention.value);
    return `${hours}:${String(Math.round((mention.value - hours) * 60)).padStart(2, '0')}`;
  }
  const unit = mention.units?.length === 1 ? ` ${mention.units[0]!.split(':')[1]}` : '';
  return `${VALUE_FORMAT.format(mention.value)}${unit}`;
}
