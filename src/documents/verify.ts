import { alignSentences, type AlignOptions } from '../align/align.js';
import type { DictionaryEntry } from '../score/dictionary.js';
import type { Alignment } from '../types.js';
import type { Fingerprint } from './fingerprint.js';

/**
 * How a verification aligns two documents: `alignSentences` on their sentences, or the same
 * alignment from evidence prepared once per document (see `createEvidenceStore`).
 */
export type PairAligner = (source: Fingerprint, target: Fingerprint, options: AlignOptions) => Pick<Alignment, 'beads' | 'model'>;

/** `alignSentences` on the two documents' sentences, analysing both anew. */
export const alignFingerprints: PairAligner = (source, target, options) => alignSentences(source.sentences, target.sentences, options);

/**
 * The omission score the pairing's alignments use: the pair score's weights were fitted
 * (`scripts/fit-pair.mjs`) on the coverage of alignments with this cost, and a cheaper omission
 * lowers every bead's confidence where the text has little shared evidence, which would move
 * coverage under the fitted weights. The aligner's own default is cheaper (see `DEFAULT_WEIGHTS`).
 */
export const PAIRING_NULL_SCORE = -7;

/**
 * The weights of the pairing's alignments: {@link PAIRING_NULL_SCORE}, and neither the absence
 * evidence nor the continuation bonus, which came to the aligner after the pair score's weights
 * were fitted. Both move bead scores, so coverage, between a document and an unrelated one, and
 * with them the fitted weights admitted wrong pairs (gold-set collections: precision .998 → .995).
 */
export const PAIRING_WEIGHTS = Object.freeze({ nullScore: PAIRING_NULL_SCORE, absenceWeight: 0, continuationBonus: 0 });

/** How well a candidate pair holds up beyond shared keys. */
export interface Verification {
  /** Share of both documents' sentences in joined beads, each weighted by the bead's score. */
  coverage: number;
  /** Longest common subsequence of the two documents' numbers, over the longer list (1 when neither has numbers). */
  numberOrder: number;
  /** |log| of the length ratio against the expected one: 0 is a perfect fit. */
  lengthMisfit: number;
  /** The alignment's evidence per sentence (see `AlignmentModel.evidence`): about 0 for unrelated texts. */
  evidence: number;
  /** Share of both documents' sentences in 1-1 beads: translations are mostly 1-1, forced alignments of unrelated texts are not. */
  oneToOne: number;
}

/**
 * How far a target's length is from what the source's length leads one to expect: |log| of the
 * ratio, smoothed by 50 characters so that short texts are not judged harshly. 0 is a perfect fit.
 */
export function lengthMisfit(targetChars: number, sourceChars: number, expectedRatio: number): number {
  return Math.abs(Math.log((targetChars + 50) / (sourceChars * expectedRatio + 50)));
}

/** Length of the longest common subsequence of two number lists (quadratic: lists are capped at 200). */
function commonSubsequence(a: readonly number[], b: readonly number[]): number {
  const x = a.slice(0, 200);
  const y = b.slice(0, 200);
  let previous = new Uint16Array(y.length + 1);
  let current = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      current[j] = x[i - 1] === y[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length]!;
}

/**
 * How well two documents' numbers agree: the longest common subsequence of the two lists (in
 * document order) over the longer list; 1 when neither has numbers.
 */
export function numberOrder(source: readonly number[], target: readonly number[]): number {
  if (source.length === 0 && target.length === 0) return 1;
  return commonSubsequence(source, target) / Math.max(source.length, target.length);
}

/**
 * Checks a candidate pair with a cheap alignment (one pass, no realign): a real translation
 * aligns most of its sentences with confidence, keeps its numbers in order, and has the length
 * the language pair leads one to expect. Documents on the same story share names and years but
 * fail these. With a `dictionary` (word translations learnt from the collection), the alignment
 * uses it and runs its second pass too: the pairing's second round, for harder documents.
 */
export function verifyPair(
  source: Fingerprint,
  target: Fingerprint,
  expectedRatio: number,
  dictionary?: readonly DictionaryEntry[],
  align: PairAligner = alignFingerprints,
): Verification {
  return verifyPairWithBeads(source, target, expectedRatio, dictionary, align).check;
}

/**
 * Least score of a 1-1 bead whose sentences teach the collection lexicon: below it, the aligner
 * itself doubts the two sentences translate each other.
 */
export const TEACHING_BEAD_SCORE = 0.5;

/**
 * {@link verifyPair}, with the confident 1-1 beads of its alignment (score at least
 * {@link TEACHING_BEAD_SCORE}) as flat sentence positions `[source, target, source, target, …]`.
 * The first round keeps them for its surest pairs, which then teach the collection lexicon
 * without being aligned a second time: the same alignment, at a tenth of the first round's cost.
 */
export function verifyPairWithBeads(
  source: Fingerprint,
  target: Fingerprint,
  expectedRatio: number,
  dictionary?: readonly DictionaryEntry[],
  align: PairAligner = alignFingerprints,
): { check: Verification; teaching: Uint32Array } {
  const order = numberOrder(source.numbers, target.numbers);
  const misfit = lengthMisfit(target.chars, source.chars, expectedRatio);
  const sentences = source.sentences.length + target.sentences.length;
  if (source.sentences.length === 0 || target.sentences.length === 0) {
    return { check: { coverage: 0, numberOrder: order, lengthMisfit: misfit, evidence: 0, oneToOne: 0 }, teaching: new Uint32Array(0) };
  }
  const alignment = align(source, target, {
    sourceLang: source.lang,
    targetLang: target.lang,
    realign: dictionary !== undefined,
    weights: PAIRING_WEIGHTS,
    ...(dictionary === undefined ? {} : { dictionary }),
  });
  // Each sentence counts as much as the aligner is sure of the bead that holds it.
  let covered = 0;
  let oneToOne = 0;
  const teaching: number[] = [];
  for (const bead of alignment.beads) {
    if (bead.source.length > 0 && bead.target.length > 0) covered += bead.score * (bead.source.length + bead.target.length);
    if (bead.source.length === 1 && bead.target.length === 1) {
      oneToOne += 2;
      if (bead.score >= TEACHING_BEAD_SCORE) teaching.push(bead.source[0]!, bead.target[0]!);
    }
  }
  return {
    check: { coverage: covered / sentences, numberOrder: order, lengthMisfit: misfit, evidence: alignment.model.evidence, oneToOne: oneToOne / sentences },
    teaching: Uint32Array.from(teaching),
  };
}
