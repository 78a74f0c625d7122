import { quote } from '../../alignment.js';
import type { SentenceAnalysis } from '../../analysis/analyse-sentence.js';
import type { Alignment, Finding } from '../../types.js';
import type { Check, CheckContext } from '../types.js';

/** Keys of a sentence's content tokens: numbers by value, words by their cognate key. */
function contentKeys(analysis: SentenceAnalysis | undefined): Set<string> {
  const keys = new Set<string>(analysis?.cognates ?? []);
  for (const number of analysis?.numbers ?? []) if (number.kind !== 'word') keys.add(`#${number.value}`);
  return keys;
}

function absorbed(alignment: Alignment, analysis: CheckContext['analysis'], side: 'source' | 'target'): Omit<Finding, 'id'>[] {
  const other = side === 'source' ? 'target' : 'source';
  const sentences = side === 'source' ? alignment.source : alignment.target;
  const own = analysis[side];
  const theirs = analysis[other];
  // Keys that occur anywhere on the other side: only those can show a match.
  const everywhere = new Set<string>();
  for (const entry of theirs) for (const key of contentKeys(entry)) everywhere.add(key);
  const findings: Omit<Finding, 'id'>[] = [];
  for (const bead of alignment.beads) {
    if (bead[side].length < 2 || bead[other].length === 0) continue;
    const otherKeys = new Set<string>();
    for (const index of bead[other]) for (const key of contentKeys(theirs[index])) otherKeys.add(key);
    const support = bead[side].map((index) => {
      const keys = [...contentKeys(own[index])].filter((key) => everywhere.has(key));
      return { index, possible: keys.length, matched: keys.filter((key) => otherKeys.has(key)).length };
    });
    for (const entry of support) {
      const mates = support.filter((other) => other !== entry);
      if (entry.possible < 2 || entry.matched > 0 || !mates.every((mate) => mate.matched >= 2)) continue;
      const text = sentences[entry.index]!.text;
      findings.push({
        kind: side === 'source' ? 'omission' : 'addition',
        subkind: 'merged',
        severity: 'warning',
        source: side === 'source' ? [entry.index] : bead.source,
        target: side === 'target' ? [entry.index] : bead.target,
        message:
          side === 'source'
            ? `Source sentence ${entry.index + 1} ${quote(text)} shares nothing with the translation it was aligned with: it may be untranslated.`
            : `Target sentence ${entry.index + 1} ${quote(text)} shares nothing with the source it was aligned with: it may be an addition.`,
        evidence: { [side === 'source' ? 'sourceText' : 'targetText']: text, score: bead.score },
      });
    }
  }
  return findings;
}

/**
 * Omissions and additions hidden inside merged beads: in a bead of two or more sentences on one
 * side, a sentence with two or more tokens that could be matched (numbers, cognates that occur on the
 * other side) but matches none of them, while its bead-mates match well, was probably absorbed by
 * the aligner rather than translated.
 */
export const checkAbsorbedOmissions: Check = ({ alignment, analysis }) => absorbed(alignment, analysis, 'source');

/** Additions hidden inside merged beads (see {@link checkAbsorbedOmissions}). */
export const checkAbsorbedAdditions: Check = ({ alignment, analysis }) => absorbed(alignment, analysis, 'target');
