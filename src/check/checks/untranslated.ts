import { jointBeads, quote, sideText } from '../../alignment.js';
import { distance } from 'fastest-levenshtein';
import { detectLanguage } from '../../text/detect-language.js';
import type { Check } from '../types.js';
import type { Finding } from '../../types.js';

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Per UTF-16 code: how many more times it occurs in the source than in the target (scratch for `mayBeCopy`, left all zero). */
const COUNTS = new Int32Array(0x10000);

/**
 * Whether two texts could be similar enough to be a copy (an edit distance of at most a fifth of
 * the longer): false when even a lower bound of the distance is too large. Each edit changes the
 * two texts' character counts by at most two in all, so the distance is at least half the sum of
 * the counts' differences: a translation, which uses other letters in other numbers, is ruled
 * out in one pass over both texts instead of a full edit distance.
 */
function mayBeCopy(source: string, target: string): boolean {
  for (let index = 0; index < source.length; index += 1) COUNTS[source.charCodeAt(index)]! += 1;
  for (let index = 0; index < target.length; index += 1) COUNTS[target.charCodeAt(index)]! -= 1;
  let differences = 0;
  // Each code is read and cleared once, by the first occurrence that meets it still counted.
  for (const text of [source, target]) {
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      differences += Math.abs(COUNTS[code]!);
      COUNTS[code] = 0;
    }
  }
  const bound = Math.ceil(differences / 2);
  return 5 * bound <= Math.max(source.length, target.length);
}

/**
 * Target text that was not translated: copied from the source (nearly the same characters, in a
 * pair of different languages, in running text of four or more lower-case words: names and
 * addresses are copied on purpose), or written in the source language (Norwegian and English, told
 * apart by their function words).
 */
export const checkUntranslated: Check = ({ alignment, language }) => {
  const sourceRules = language.source.rules;
  const targetRules = language.target.rules;
  const sameLanguage = alignment.sourceLang.split('-')[0] === alignment.targetLang.split('-')[0];
  const findings: Omit<Finding, 'id'>[] = [];
  if (sameLanguage) return findings;
  for (const bead of jointBeads(alignment)) {
    const source = normalise(sideText(alignment, bead, 'source'));
    const target = normalise(sideText(alignment, bead, 'target'));
    // Names, addresses and sound words are copied on purpose; running text has lower-case words.
    const runningWords = sideText(alignment, bead, 'target').match(/(?<![\p{L}])\p{Ll}{3,}/gu)?.length ?? 0;
    if (target.length >= 15 && runningWords >= 4 && mayBeCopy(source, target)) {
      const similarity = 1 - distance(source, target) / Math.max(source.length, target.length);
      if (similarity >= 0.8) {
        findings.push({
          kind: 'untranslated',
          subkind: 'copy',
          severity: 'error',
          source: bead.source,
          target: bead.target,
          message: `The translation ${quote(target)} is a copy of its source, not a translation.`,
          evidence: { sourceText: source, targetText: target, score: Math.round(similarity * 100) / 100 },
        });
        continue;
      }
    }
    if (sourceRules !== undefined && targetRules !== undefined && sourceRules !== targetRules && target.split(' ').length >= 5) {
      const guess = detectLanguage(target);
      if (guess.lang === sourceRules && guess.evidence >= 3 && guess.confidence >= 0.75) {
        findings.push({
          kind: 'untranslated',
          subkind: 'source-language',
          severity: 'warning',
          source: bead.source,
          target: bead.target,
          message: `The translation ${quote(target)} reads as ${sourceRules === 'nb' ? 'Norwegian' : 'English'}, the source language.`,
          evidence: { targetText: target, targetValue: guess.lang, score: Math.round(guess.confidence * 100) / 100 },
        });
      }
    }
  }
  return findings;
};
