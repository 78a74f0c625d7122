import type { SideEvidence } from './evidence.js';
import type { Interner } from './interner.js';

/** A word-translation association: source word id, target word id (ids from the shared interner). */
export type WordPair = readonly [number, number];

/** Options of {@link learnLexicon}. */
export interface LexiconOptions extends DiceOptions {
  /** Most beads read (evenly spread), bounding the work on very long documents. */
  maxBeads: number;
}

/** Options of {@link diceLexicon}: which word pairs count as translations. */
export interface DiceOptions {
  /** Fewest sentence pairs a word pair must share. */
  minCount: number;
  /** Lowest Dice coefficient kept. */
  minDice: number;
  /** Most translations kept per word, on either side. */
  maxPerWord: number;
}

/**
 * Word translations from sentence pairs known to be translations: counts how often a source
 * word and a target word occur in the same pair and keeps the pairs whose Dice coefficient,
 * 2·f(s,t) / (f(s) + f(t)), is high, each word keeping its `maxPerWord` best partners.
 * Words are anything comparable (interned ids, strings); each pair gives its sets of words.
 */
export function diceLexicon<W>(pairs: readonly (readonly [ReadonlySet<W>, ReadonlySet<W>])[], options: DiceOptions): [W, W][] {
  const sourceCount = new Map<W, number>();
  const targetCount = new Map<W, number>();
  for (const [sourceWords, targetWords] of pairs) {
    for (const word of sourceWords) sourceCount.set(word, (sourceCount.get(word) ?? 0) + 1);
    for (const word of targetWords) targetCount.set(word, (targetCount.get(word) ?? 0) + 1);
  }
  // Only words seen often enough can form a kept pair: counting the rest would be wasted work.
  const frequent = (counts: Map<W, number>, words: ReadonlySet<W>) => [...words].filter((word) => counts.get(word)! >= options.minCount);
  const joint = new Map<W, Map<W, number>>();
  for (const [sourceWords, targetWords] of pairs) {
    const targets = frequent(targetCount, targetWords);
    if (targets.length === 0) continue;
    for (const s of frequent(sourceCount, sourceWords)) {
      let row = joint.get(s);
      if (row === undefined) joint.set(s, (row = new Map()));
      for (const t of targets) row.set(t, (row.get(t) ?? 0) + 1);
    }
  }
  const candidates: [W, W, number][] = [];
  for (const [s, row] of joint) {
    for (const [t, count] of row) {
      if (count < options.minCount) continue;
      const dice = (2 * count) / (sourceCount.get(s)! + targetCount.get(t)!);
      if (dice >= options.minDice) candidates.push([s, t, dice]);
    }
  }
  // Keep a pair only while both words have fewer than maxPerWord better partners.
  candidates.sort((a, b) => b[2] - a[2]);
  const perSource = new Map<W, number>();
  const perTarget = new Map<W, number>();
  const lexicon: [W, W][] = [];
  for (const [s, t] of candidates) {
    const fromSource = perSource.get(s) ?? 0;
    const fromTarget = perTarget.get(t) ?? 0;
    if (fromSource >= options.maxPerWord || fromTarget >= options.maxPerWord) continue;
    perSource.set(s, fromSource + 1);
    perTarget.set(t, fromTarget + 1);
    lexicon.push([s, t]);
  }
  return lexicon;
}

/**
 * Learns word translations from the document itself, as hunalign's realign pass and Moore (2002)
 * do: {@link diceLexicon} over the words of confident 1-1 beads.
 */
export function learnLexicon(
  source: SideEvidence,
  target: SideEvidence,
  pairs: readonly (readonly [number, number])[],
  options: LexiconOptions,
): WordPair[] {
  const step = Math.max(1, Math.ceil(pairs.length / options.maxBeads));
  const sampled: [Set<number>, Set<number>][] = [];
  for (let index = 0; index < pairs.length; index += step) {
    const [s, t] = pairs[index]!;
    sampled.push([uniqueWords(source, s), uniqueWords(target, t)]);
  }
  return diceLexicon(sampled, options);
}

function uniqueWords(side: SideEvidence, sentence: number): Set<number> {
  const words = new Set<number>();
  for (let token = side.sentenceStart[sentence]!; token < side.sentenceStart[sentence + 1]!; token += 1) {
    const word = side.tokenWord[token]!;
    if (word >= 0) words.add(word);
  }
  return words;
}

/**
 * Adds a key for each lexicon pair to the tokens of both sides, so that a source word and its
 * learned (or dictionary) translation meet like cognates do. Returns new sides; the input is
 * not changed.
 */
export function applyLexicon(
  source: SideEvidence,
  target: SideEvidence,
  lexicon: readonly WordPair[],
  interner: Interner,
): [SideEvidence, SideEvidence] {
  const bySource = new Map<number, number[]>();
  const byTarget = new Map<number, number[]>();
  for (const [s, t] of lexicon) {
    const key = interner.id(`l:${s}:${t}`);
    (bySource.get(s) ?? bySource.set(s, []).get(s)!).push(key);
    (byTarget.get(t) ?? byTarget.set(t, []).get(t)!).push(key);
  }
  return [extendKeys(source, bySource), extendKeys(target, byTarget)];
}

function extendKeys(side: SideEvidence, extra: Map<number, number[]>): SideEvidence {
  const tokens = side.tokenWord.length;
  const keyStart = new Int32Array(tokens + 1);
  const keys: number[] = [];
  for (let token = 0; token < tokens; token += 1) {
    for (let k = side.keyStart[token]!; k < side.keyStart[token + 1]!; k += 1) keys.push(side.keys[k]!);
    const word = side.tokenWord[token]!;
    const more = word >= 0 ? extra.get(word) : undefined;
    if (more !== undefined) keys.push(...more);
    keyStart[token + 1] = keys.length;
  }
  return { ...side, keyStart, keys: Int32Array.from(keys) };
}
