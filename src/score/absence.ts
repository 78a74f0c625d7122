import type { RawBead } from './grid.js';
import { TokenClass, type SideEvidence } from './evidence.js';

/**
 * Most absence evidence one sentence may carry, in log-likelihood: about three numbers or five
 * names. A sentence full of figures the other side lacks (a table row, a list of results) is no
 * more surely an omission than one with three, and a cap keeps one such sentence from outweighing
 * the length and lexical evidence of the beads around it.
 */
const MAX_ABSENCE = 5;

/**
 * Per class, numbers then names: the probability that such a token of a translated sentence
 * has no counterpart anywhere on the other side (see {@link estimateAbsenceRates}).
 */
export type AbsenceRates = readonly [number: number, name: number];

/**
 * Starting absence rates, before a document's own are estimated: a number is written out or
 * dropped in about one translation in seven, a name translated (Norge, Norway), inflected or
 * dropped in about two in five.
 */
export const DEFAULT_ABSENCE: AbsenceRates = Object.freeze([0.15, 0.4]) as AbsenceRates;

/**
 * Share of a side's words after the first of a sentence that are capitalised, past which
 * capitals do not mark names: in German every noun is capitalised (about a third of the words),
 * in Norwegian, English or French names are about one word in ten.
 */
const MAX_NAME_SHARE = 0.25;

/** Share of the words after each sentence's first that are capitalised (class `Name`). */
export function capitalisedShare(side: SideEvidence): number {
  let names = 0;
  let words = 0;
  for (let sentence = 0; sentence < side.count; sentence += 1) {
    let initial = true;
    for (let t = side.sentenceStart[sentence]!; t < side.sentenceStart[sentence + 1]!; t += 1) {
      const tokenClass = side.tokenClass[t]!;
      if (tokenClass !== TokenClass.Name && tokenClass !== TokenClass.Word) continue;
      if (!initial) {
        words += 1;
        if (tokenClass === TokenClass.Name) names += 1;
      }
      initial = false;
    }
  }
  return words === 0 ? 0 : names / words;
}

/** How many tokens the prior rates count as when a document's own are estimated. */
const PSEUDO_TOKENS = 10;

/** Slot of a token in {@link AbsenceRates}, or −1 for a token that is not evidence of absence. */
function slotOf(tokenClass: number, initial: boolean): number {
  if (tokenClass === TokenClass.Number) return 0;
  // A sentence's first word is capitalised whether or not it is a name.
  return tokenClass === TokenClass.Name && !initial ? 1 : -1;
}

/**
 * Calls `visit(slot, absent)` for each token of `sentence` that counts as absence evidence: its
 * slot, and whether none of its keys occurs on the other side (`otherFrequencies`, per key, in
 * how many sentences of the other side it occurs). Tokens with no key (too short to meet
 * anything) carry no evidence either way.
 */
function visitTokens(side: SideEvidence, sentence: number, otherFrequencies: Uint32Array, visit: (slot: number, absent: boolean) => void): void {
  let initial = true;
  for (let t = side.sentenceStart[sentence]!; t < side.sentenceStart[sentence + 1]!; t += 1) {
    const tokenClass = side.tokenClass[t]!;
    const slot = slotOf(tokenClass, initial && tokenClass !== TokenClass.Number);
    if (tokenClass === TokenClass.Name || tokenClass === TokenClass.Word) initial = false;
    if (slot < 0) continue;
    const from = side.keyStart[t]!;
    const to = side.keyStart[t + 1]!;
    if (from === to) continue;
    let seen = false;
    for (let k = from; k < to && !seen; k += 1) seen = (otherFrequencies[side.keys[k]!] ?? 0) > 0;
    visit(slot, !seen);
  }
}

/** Per sentence of a side, what speaks for its content being absent from the other side (see {@link estimateAbsence}). */
export interface SentenceAbsence {
  /** The evidence, in log-likelihood, capped at {@link MAX_ABSENCE}. */
  evidence: Float64Array;
  /**
   * How many of its numbers occur nowhere on the other side. A 1-1 bead whose two sentences both
   * hold such numbers is a translation whose figures were changed (a rewritten list of results,
   * times or prices) at least as much as an omission beside an addition: the scorer lets the
   * numbers absent on both sides cancel (see `BandScorer.pairAbsence`), so that the checks see the
   * changed figures instead of two unrelated sentences.
   */
  numbers: Uint16Array;
  /** The evidence one such number carries (`−log q` at the numbers' rate). */
  numberEvidence: number;
}

/**
 * Estimates, per sentence of `side`, the evidence that its content is absent from the other side
 * of the document. The phenomenon: numbers and names survive translation, so a sentence whose
 * numbers and names occur nowhere in the translation (in no sentence at all) is more likely an
 * omission or addition (a 1-0 or 0-1 bead) than part of a joined bead. Each such token counts
 * `−log q`, where `q` is the document's rate of such tokens absent from a translation
 * (`rates`): the log-likelihood ratio of its absence under "left out" (certain) against
 * "translated". Only numbers and names count (ordinary words are translated rather than kept),
 * and not a sentence's first word. In a language that capitalises every noun (German) most
 * "names" are absent from any translation, the document's rate is high and the evidence small.
 * Capped at {@link MAX_ABSENCE}.
 *
 * @param otherFrequencies per key, in how many sentences of the other side it occurs.
 */
export function estimateAbsence(side: SideEvidence, otherFrequencies: Uint32Array, rates: AbsenceRates = DEFAULT_ABSENCE): SentenceAbsence {
  const evidence = new Float64Array(side.count);
  const numbers = new Uint16Array(side.count);
  const weight = rates.map(absenceEvidence);
  if (capitalisedShare(side) > MAX_NAME_SHARE) weight[1] = 0;
  let sum = 0;
  let absentNumbers = 0;
  const visit = (slot: number, absent: boolean) => {
    if (!absent) return;
    sum += weight[slot]!;
    if (slot === 0) absentNumbers += 1;
  };
  for (let sentence = 0; sentence < side.count; sentence += 1) {
    sum = 0;
    absentNumbers = 0;
    visitTokens(side, sentence, otherFrequencies, visit);
    evidence[sentence] = Math.min(MAX_ABSENCE, sum);
    numbers[sentence] = Math.min(0xffff, absentNumbers);
  }
  return { evidence, numbers, numberEvidence: weight[0]! };
}

/** The evidence one absent token of a class carries, at that class's absence rate: `−log q`, with `q` kept within [0.02, 0.95]. */
function absenceEvidence(rate: number): number {
  return -Math.log(Math.min(0.95, Math.max(0.02, rate)));
}

/**
 * Estimates a side's {@link AbsenceRates} from confident 1-1 beads (sentences known to be
 * translated): of their numbers and names, the share with no counterpart anywhere on the other
 * side, shrunk towards `prior` by {@link PSEUDO_TOKENS} tokens.
 *
 * @param own which side of the beads `side` is.
 */
export function estimateAbsenceRates(beads: readonly RawBead[], side: SideEvidence, own: 'source' | 'target', otherFrequencies: Uint32Array, prior: AbsenceRates = DEFAULT_ABSENCE): AbsenceRates {
  const absent = [0, 0];
  const total = [0, 0];
  const visit = (slot: number, missing: boolean) => {
    total[slot]! += 1;
    if (missing) absent[slot]! += 1;
  };
  for (const bead of beads) {
    if (bead.sourceCount !== 1 || bead.targetCount !== 1) continue;
    visitTokens(side, own === 'source' ? bead.sourceStart : bead.targetStart, otherFrequencies, visit);
  }
  const rate = (slot: 0 | 1) => (absent[slot]! + PSEUDO_TOKENS * prior[slot]) / (total[slot]! + PSEUDO_TOKENS);
  return [rate(0), rate(1)];
}
