import { jointBeads, quote, sideText } from '../../alignment.js';
import { distance } from 'fastest-levenshtein';
import { detectLanguage } from '../../text/detect-language.js';
import type { Check } from '../types.js';
import type { Finding } from '../../types.js';

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
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
    if (target.length >= 15 && runningWords >= 4) {
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
