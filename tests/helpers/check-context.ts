import { resolveLanguage } from '../../src/text/language.js';
import { linesToSentences } from '../../src/alignment.js';
import { analyseSentences } from '../../src/analysis/analyse-sentence.js';
import type { CheckContext } from '../../src/check/types.js';
import { collectKnownNames } from '../../src/features/names.js';
import type { Alignment } from '../../src/types.js';

/** A bead written by hand: source indices, target indices, and its confidence (1 by default). */
export type HandBead = [number[], number[], number?];

/**
 * The context a check receives, built as `checkDivergences` builds it, from sentences written
 * one per line and beads written by hand. `paragraphs` gives each side's paragraph numbers
 * (default: every sentence in paragraph 0).
 */
export function handContext(
  source: string[],
  target: string[],
  beads: HandBead[],
  options: { sourceLang?: string; targetLang?: string; sourceParagraphs?: number[]; targetParagraphs?: number[] } = {},
): CheckContext {
  const withParagraphs = (lines: string[], paragraphs: number[] | undefined) =>
    linesToSentences(lines).map((sentence, index) => ({ ...sentence, paragraph: paragraphs?.[index] ?? 0 }));
  const alignment: Alignment = {
    sourceLang: options.sourceLang ?? 'nb',
    targetLang: options.targetLang ?? 'en',
    source: withParagraphs(source, options.sourceParagraphs),
    target: withParagraphs(target, options.targetParagraphs),
    beads: beads.map(([s, t, score]) => ({ source: s, target: t, score: score ?? 1 })),
    model: { lengthRatio: 1, lengthVariance: 6.8, lexiconSize: 0, passes: 1, cells: 0, evidence: 0 },
  };
  const knownSource = collectKnownNames(source, { lang: alignment.sourceLang });
  const knownTarget = collectKnownNames(target, { lang: alignment.targetLang });
  return {
    alignment,
    knownSource,
    knownTarget,
    language: { source: resolveLanguage(alignment.sourceLang), target: resolveLanguage(alignment.targetLang) },
    analysis: {
      source: analyseSentences(alignment.source, { lang: alignment.sourceLang, knownNames: knownSource }),
      target: analyseSentences(alignment.target, { lang: alignment.targetLang, knownNames: knownTarget }),
    },
  };
}

/** The parts of findings a test asserts exactly: kind, subkind, severity and indices. */
export const brief = (findings: readonly { kind: string; subkind?: string; severity: string; source: number[]; target: number[] }[]) =>
  findings.map(({ kind, subkind, severity, source, target }) => ({ kind, subkind, severity, source, target }));
