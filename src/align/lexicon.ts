import type { SentenceEvidence } from './evidence.js';
import type { Interner } from './interner.js';

/** A word-translation association: source word id, target word id (ids from the shared interner). */
export type WordPair = readonly [number, number];

/** Options of {@link learnLexicon}. */
export interface LexiconOptions {
  /** Fewest beads a pair must share. */
  minCount: number;
  /** Lowest Dice coefficient kept. */
  minDice: number;
  /** Most translations kept per source word. */
  maxPerWord: number;
  /** Most beads read (evenly spread), bounding the work on very long documents. */
  maxBeads: number;
}

/**
 * Learns word translations from the document itself, as hunalign's realign pass and Moore (2002)
 * do: counts how often a source word and a target word occur in the same confident 1-1 bead and
 * keeps the pairs whose Dice coefficient, 2·f(s,t) / (f(s) + f(t)), is high.
 */
export function learnLexicon(
  pairs: readonly (readonly [SentenceEvidence, SentenceEvidence])[],
  options: LexiconOptions,
): WordPair[] {
  const step = Math.max(1, Math.ceil(pairs.length / options.maxBeads));
  const sampled: [Set<number>, Set<number>][] = [];
  const sourceCount = new Map<number, number>();
  const targetCount = new Map<number, number>();
  for (let index = 0; index < pairs.length; index += step) {
    const [source, target] = pairs[index]!;
    const words: [Set<number>, Set<number>] = [uniqueWords(source), uniqueWords(target)];
    sampled.push(words);
    for (const word of words[0]) sourceCount.set(word, (sourceCount.get(word) ?? 0) + 1);
    for (const word of words[1]) targetCount.set(word, (targetCount.get(word) ?? 0) + 1);
  }
  // Only words seen often enough can form a kept pair: counting the rest would be wasted work.
  const frequent = (counts: Map<number, number>, words: Set<number>) => [...words].filter((word) => counts.get(word)! >= options.minCount);
  const joint = new Map<number, Map<number, number>>();
  for (const [sourceWords, targetWords] of sampled) {
    const targets = frequent(targetCount, targetWords);
    for (const s of frequent(sourceCount, sourceWords)) {
      let row = joint.get(s);
      if (row === undefined) joint.set(s, (row = new Map()));
      for (const t of targets) row.set(t, (row.get(t) ?? 0) + 1);
    }
  }
  const lexicon: WordPair[] = [];
  for (const [s, row] of joint) {
    const candidates: [number, number][] = [];
    for (const [t, count] of row) {
      if (count < options.minCount) continue;
      const dice = (2 * count) / (sourceCount.get(s)! + targetCount.get(t)!);
      if (dice >= options.minDice) candidates.push([t, dice]);
    }
    candidates.sort((a, b) => b[1] - a[1]);
    for (const [t] of candidates.slice(0, options.maxPerWord)) lexicon.push([s, t]);
  }
  return lexicon;
}

function uniqueWords(sentence: SentenceEvidence): Set<number> {
  const words = new Set<number>();
  for (const token of sentence.tokens) if (token.word >= 0) words.add(token.word);
  return words;
}

/**
 * Adds a key for each lexicon pair to the tokens of both sides, so that a source word and its
 * learned (or dictionary) translation meet like cognates do. Returns new evidence; the input is
 * not changed.
 */
export function applyLexicon(
  source: readonly SentenceEvidence[],
  target: readonly SentenceEvidence[],
  lexicon: readonly WordPair[],
  interner: Interner,
): [SentenceEvidence[], SentenceEvidence[]] {
  const bySource = new Map<number, number[]>();
  const byTarget = new Map<number, number[]>();
  for (const [s, t] of lexicon) {
    const key = interner.id(`l:${s}:${t}`);
    (bySource.get(s) ?? bySource.set(s, []).get(s)!).push(key);
    (byTarget.get(t) ?? byTarget.set(t, []).get(t)!).push(key);
  }
  const extend = (side: readonly SentenceEvidence[], keys: Map<number, number[]>) =>
    side.map((sentence) => ({
      ...sentence,
      tokens: sentence.tokens.map((token) => {
        const extra = token.word >= 0 ? keys.get(token.word) : undefined;
        return extra === undefined ? token : { ...token, keys: [...token.keys, ...extra] };
      }),
    }));
  return [extend(source, bySource), extend(target, byTarget)];
}
