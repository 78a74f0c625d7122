import { sideEvidence, type SideEvidence } from './evidence.js';
import { createIntBuffer } from './int-buffer.js';
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
 * do: {@link diceLexicon} over the words of confident 1-1 beads. The words are interned ids, so
 * the counting runs on typed arrays and one hash table of word pairs (see `diceLexiconOfIds`)
 * rather than on sets and maps of maps; the pairs come out as `diceLexicon` gives them.
 */
export function learnLexicon(
  source: SideEvidence,
  target: SideEvidence,
  pairs: readonly (readonly [number, number])[],
  options: LexiconOptions,
): WordPair[] {
  const step = Math.max(1, Math.ceil(pairs.length / options.maxBeads));
  const sentences: [number, number][] = [];
  for (let index = 0; index < pairs.length; index += step) sentences.push([pairs[index]![0], pairs[index]![1]]);
  return diceLexiconOfIds(source, target, sentences, options);
}

/** Each sampled sentence's distinct words, in order of first occurrence, as one flat list. */
interface WordLists {
  start: Int32Array;
  words: Int32Array;
}

function uniqueWordLists(side: SideEvidence, sentences: readonly number[], seen: Int32Array): WordLists {
  const start = new Int32Array(sentences.length + 1);
  let total = 0;
  for (const sentence of sentences) total += side.sentenceStart[sentence + 1]! - side.sentenceStart[sentence]!;
  const words = new Int32Array(total);
  let at = 0;
  sentences.forEach((sentence, index) => {
    for (let token = side.sentenceStart[sentence]!; token < side.sentenceStart[sentence + 1]!; token += 1) {
      const word = side.tokenWord[token]!;
      if (word >= 0 && seen[word] !== index) {
        seen[word] = index;
        words[at++] = word;
      }
    }
    start[index + 1] = at;
  });
  return { start, words: words.subarray(0, at) };
}

function largestWord(side: SideEvidence): number {
  let largest = -1;
  for (let token = 0; token < side.tokenWord.length; token += 1) if (side.tokenWord[token]! > largest) largest = side.tokenWord[token]!;
  return largest;
}

/**
 * {@link diceLexicon} for interned word ids, with the same result in the same order: word counts
 * in typed arrays, the joint counts in an open-addressing table of (source, target) pairs, and
 * the candidates listed as diceLexicon's map of maps lists them (rows in order of creation, each
 * row's partners in order of first co-occurrence) before the same stable sort by Dice.
 */
function diceLexiconOfIds(source: SideEvidence, target: SideEvidence, pairs: readonly (readonly [number, number])[], options: DiceOptions): WordPair[] {
  const size = Math.max(largestWord(source), largestWord(target)) + 1;
  const seen = new Int32Array(size).fill(-1);
  const sourceLists = uniqueWordLists(source, pairs.map((pair) => pair[0]), seen);
  seen.fill(-1);
  const targetLists = uniqueWordLists(target, pairs.map((pair) => pair[1]), seen);
  const sourceCount = new Int32Array(size);
  const targetCount = new Int32Array(size);
  for (const word of sourceLists.words) sourceCount[word]! += 1;
  for (const word of targetLists.words) targetCount[word]! += 1;
  const joint = createPairTable();
  // Entries of each row (source word) as a linked list in insertion order; rows in order of creation.
  const rowHead = new Int32Array(size).fill(-1);
  const rowTail = new Int32Array(size).fill(-1);
  const rowSeen = new Uint8Array(size);
  const rows: number[] = [];
  const targets: number[] = [];
  for (let pair = 0; pair < pairs.length; pair += 1) {
    targets.length = 0;
    for (let at = targetLists.start[pair]!; at < targetLists.start[pair + 1]!; at += 1) {
      const word = targetLists.words[at]!;
      if (targetCount[word]! >= options.minCount) targets.push(word);
    }
    if (targets.length === 0) continue;
    for (let at = sourceLists.start[pair]!; at < sourceLists.start[pair + 1]!; at += 1) {
      const s = sourceLists.words[at]!;
      const fs = sourceCount[s]!;
      if (fs < options.minCount) continue;
      // diceLexicon creates the row here, with its first pair, whether or not that pair is kept.
      if (!rowSeen[s]) {
        rowSeen[s] = 1;
        rows.push(s);
      }
      for (const t of targets) {
        // A pair cannot reach minDice when the words' frequencies are too far apart: its joint
        // count is at most the smaller one. Such pairs are not counted at all (most pairs of a
        // frequent and a rare word), which leaves the kept pairs and their order as they were.
        const ft = targetCount[t]!;
        if ((2 * Math.min(fs, ft)) / (fs + ft) < options.minDice) continue;
        const entry = joint.add(s, t);
        if (entry < 0) continue;
        // A new pair: appended to its row's list.
        if (rowHead[s] === -1) rowHead[s] = entry;
        else joint.next[rowTail[s]!] = entry;
        rowTail[s] = entry;
      }
    }
  }
  const candidates: [number, number, number][] = [];
  for (const s of rows) {
    for (let entry = rowHead[s]!; entry !== -1; entry = joint.next[entry]!) {
      const count = joint.count[entry]!;
      if (count < options.minCount) continue;
      const t = joint.target[entry]!;
      const dice = (2 * count) / (sourceCount[s]! + targetCount[t]!);
      if (dice >= options.minDice) candidates.push([s, t, dice]);
    }
  }
  // Keep a pair only while both words have fewer than maxPerWord better partners.
  candidates.sort((a, b) => b[2] - a[2]);
  const perSource = new Int32Array(size);
  const perTarget = new Int32Array(size);
  const lexicon: WordPair[] = [];
  for (const [s, t] of candidates) {
    if (perSource[s]! >= options.maxPerWord || perTarget[t]! >= options.maxPerWord) continue;
    perSource[s]! += 1;
    perTarget[t]! += 1;
    lexicon.push([s, t]);
  }
  return lexicon;
}

/** Counts of (source, target) word pairs in an open-addressing hash table, grown by doubling. */
interface PairTable {
  /** Counts the pair once more; returns its entry when it is new, else −1. */
  add(s: number, t: number): number;
  readonly count: Int32Array;
  readonly target: Int32Array;
  /** Next entry of the same row (−1 at the end), kept by the caller. */
  readonly next: Int32Array;
}

function createPairTable(): PairTable {
  let slots = new Int32Array(1 << 12).fill(-1);
  let entries = 0;
  const table = {
    source: new Int32Array(1 << 11),
    target: new Int32Array(1 << 11),
    count: new Int32Array(1 << 11),
    next: new Int32Array(1 << 11).fill(-1),
    add(s: number, t: number): number {
      const mask = slots.length - 1;
      let slot = (Math.imul(s, 0x9e3779b1) ^ Math.imul(t + 1, 0x85ebca6b)) & mask;
      for (;;) {
        const entry = slots[slot]!;
        if (entry === -1) break;
        if (table.source[entry] === s && table.target[entry] === t) {
          table.count[entry]! += 1;
          return -1;
        }
        slot = (slot + 1) & mask;
      }
      if (entries === table.source.length) grow();
      const entry = entries++;
      table.source[entry] = s;
      table.target[entry] = t;
      table.count[entry] = 1;
      // Kept at most half full; a grown table is rehashed, so the slot is looked up afresh.
      if (2 * entries > slots.length) rehash(2 * slots.length);
      else slots[slot] = entry;
      return entry;
    },
  };
  function grow(): void {
    const widen = (values: Int32Array, fill: number) => {
      const wider = new Int32Array(2 * values.length).fill(fill);
      wider.set(values);
      return wider;
    };
    table.source = widen(table.source, 0);
    table.target = widen(table.target, 0);
    table.count = widen(table.count, 0);
    table.next = widen(table.next, -1);
  }
  function rehash(capacity: number): void {
    slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    for (let entry = 0; entry < entries; entry += 1) {
      let slot = (Math.imul(table.source[entry]!, 0x9e3779b1) ^ Math.imul(table.target[entry]! + 1, 0x85ebca6b)) & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
  }
  return table;
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
  const keys = createIntBuffer(side.keys.length + tokens);
  for (let token = 0; token < tokens; token += 1) {
    for (let k = side.keyStart[token]!; k < side.keyStart[token + 1]!; k += 1) keys.push(side.keys[k]!);
    const word = side.tokenWord[token]!;
    const more = word >= 0 ? extra.get(word) : undefined;
    if (more !== undefined) for (const key of more) keys.push(key);
    keyStart[token + 1] = keys.length;
  }
  return sideEvidence({ ...side, keyStart, keys: keys.toInt32Array() });
}
