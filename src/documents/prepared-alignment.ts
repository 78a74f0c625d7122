import { applyDictionaries, beadsAndModel, initialLengthModel, resolveOptions, type AlignOptions } from '../align/align.js';
import { runPasses } from '../align/passes.js';
import type { DictionaryEntry } from '../score/dictionary.js';
import { buildSideEvidence, sideEvidence, type SideEvidence, type SurfaceEntry, type SurfaceMemo } from '../score/evidence.js';
import type { Interner } from '../score/interner.js';
import { resolveLanguage } from '../text/language.js';
import { validateLines } from '../text/validate-text.js';
import type { Alignment } from '../types.js';

/**
 * One interner for a whole collection: every document's evidence keys are ids in it, so that a
 * document is analysed once however many candidate pairs it is in. Its ids are not those of a
 * pair's own interner (see {@link alignPreparedSides}, which maps them).
 */
export interface CollectionInterner extends Interner {
  /** The id of `key`, if some document has it; unlike `id`, never adds it. */
  find(key: string): number | undefined;
  /** The id of `space + key`, if some document has it (see `Interner.in`); never adds it. */
  findIn(space: string, key: string): number | undefined;
}

/**
 * A fresh {@link CollectionInterner}. Like a pair's interner, it keeps a map per key space
 * (`s:`, `t:`, `c:`, …), so that the hot look-ups (`in`, `findIn`) never build the joined key,
 * a fresh string to flatten and hash each time.
 */
export function createCollectionInterner(): CollectionInterner {
  const spaces = new Map<string, Map<string, number>>();
  let size = 0;
  const findIn = (space: string, key: string): number | undefined => spaces.get(space)?.get(key);
  const lookUp = (space: string, key: string): number => {
    let ids = spaces.get(space);
    if (ids === undefined) spaces.set(space, (ids = new Map()));
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = size++));
    return id;
  };
  const split = <R>(key: string, then: (space: string, rest: string) => R): R => {
    const colon = key.indexOf(':');
    return colon < 0 ? then('', key) : then(key.slice(0, colon + 1), key.slice(colon + 1));
  };
  return {
    id: (key) => split(key, lookUp),
    in: lookUp,
    has: (space, key) => findIn(space, key) !== undefined,
    find: (key) => split(key, findIn),
    findIn,
    get size() {
      return size;
    },
  };
}

/**
 * One document's sentences as the aligner's evidence, built once: its keys are ids of the
 * collection interner, and `firstSeen` lists them in the order the document's analysis first
 * asked for them, which is the order a pair's own interner would have given them ids in.
 */
export interface PreparedSide {
  evidence: SideEvidence;
  firstSeen: Int32Array;
}

/**
 * The evidence of one side's sentences (pre-segmented, one paragraph, as `alignSentences` reads
 * an array of strings), keyed in `collection`.
 *
 * @throws {BitekstError} `E_INPUT` for sentences the input rule refuses, as `alignSentences` does.
 */
export function prepareSide(sentences: readonly string[], lang: string, side: 'source' | 'target', collection: CollectionInterner, words?: WordMemo): PreparedSide {
  validateLines(sentences, side);
  const firstSeen: number[] = [];
  const epoch = ++asked.epoch;
  // Records the ids the analysis asks for, in order: a pair's interner replays them.
  const record = (id: number): number => {
    if (id >= asked.stamp.length) asked.stamp = grownStamps(asked.stamp, id);
    if (asked.stamp[id] !== epoch) {
      asked.stamp[id] = epoch;
      firstSeen.push(id);
    }
    return id;
  };
  const recorder: Interner = {
    id: (key) => record(collection.id(key)),
    in: (space, key) => record(collection.in(space, key)),
    has: (space, key) => collection.has(space, key),
    get size() {
      return collection.size;
    },
  };
  const language = resolveLanguage(lang);
  const kept = words?.get(`${side} ${language.tag}`, collection);
  // A word met before: its ids asked for again, as a fresh analysis would ask, cognate key first.
  const memo: SurfaceMemo | undefined = kept && {
    get(surface) {
      const entry = kept.get(surface);
      if (entry !== undefined) {
        if (entry.key >= 0) record(entry.key);
        record(entry.word);
      }
      return entry;
    },
    set(surface, entry) {
      if (kept.size >= WORD_MEMO_SIZE) kept.clear();
      kept.set(surface, entry);
    },
  };
  const evidence = buildSideEvidence({ texts: sentences, paragraphs: sentences.map(() => 0), lang: language, side: side === 'source' ? 's' : 't', ...(memo === undefined ? {} : { memo }) }, recorder);
  return { evidence, firstSeen: Int32Array.from(firstSeen) };
}

/** Words a {@link WordMemo} keeps per side and language before it starts afresh. */
const WORD_MEMO_SIZE = 200_000;

/**
 * The evidence of the words met in the documents prepared so far over one collection interner,
 * per side and language: a word that a thousand documents hold (most words) is keyed once (its
 * cognate key, class and word id), not once per document. Bounded: past `WORD_MEMO_SIZE` words a
 * table starts afresh.
 */
export interface WordMemo {
  /** The table of `scope` (side and language) for sides keyed in `collection`. */
  get(scope: string, collection: CollectionInterner): Map<string, SurfaceEntry>;
}

/** A fresh {@link WordMemo}; its tables hold for one collection interner, the first it is used with. */
export function createWordMemo(): WordMemo {
  const tables = new Map<string, Map<string, SurfaceEntry>>();
  let owner: CollectionInterner | undefined;
  return {
    get(scope, collection) {
      // Ids are the interner's own: tables filled over another would give wrong ones.
      if (owner !== collection) {
        tables.clear();
        owner = collection;
      }
      return tables.get(scope) ?? tables.set(scope, new Map()).get(scope)!;
    },
  };
}

/**
 * Which ids the side being prepared has asked for: `stamp[id]` is the `epoch` of the last side
 * that asked for it, so that no set is built per side. Epochs go on across collections, so one
 * table serves every collection of the thread.
 */
const asked: { stamp: Int32Array; epoch: number } = { stamp: new Int32Array(1024), epoch: 0 };

/** A copy of `stamp` with room for `id`. */
function grownStamps(stamp: Int32Array, id: number): Int32Array {
  const grown = new Int32Array(Math.max(2 * stamp.length, id + 1));
  grown.set(stamp);
  return grown;
}

/** Scratch space for mapping collection ids to a pair's ids, reused from pair to pair. */
export interface PairScratch {
  stamp: Int32Array;
  local: Int32Array;
  epoch: number;
}

/** Fresh {@link PairScratch}. */
export function createPairScratch(): PairScratch {
  return { stamp: new Int32Array(0), local: new Int32Array(0), epoch: 0 };
}

/**
 * `alignSentences(source, target, options)` on two prepared sides, without analysing either
 * again: the same beads and model (pinned by tests/documents/prepared-alignment.test.ts). Each
 * key gets the id the pair's own interner would have given it, so every later step (sorting by
 * key, the lexicon's keys) sees what it sees in `alignSentences`.
 */
export function alignPreparedSides(
  source: PreparedSide,
  target: PreparedSide,
  collection: CollectionInterner,
  scratch: PairScratch,
  options: AlignOptions & { dictionary?: readonly DictionaryEntry[] } = {},
): Pick<Alignment, 'beads' | 'model'> {
  const settings = resolveOptions(options);
  const interner = pairInterner(collection, scratch);
  for (const id of source.firstSeen) interner.local(id);
  for (const id of target.firstSeen) interner.local(id);
  // The built-in lexicon and the caller's dictionary, as alignSentences takes them.
  const [sourceSide, targetSide] = applyDictionaries(remap(source.evidence, scratch.local), remap(target.evidence, scratch.local), options.dictionary, settings, interner);
  const evidence = { source: sourceSide, target: targetSide, interner };
  const outcome = runPasses(evidence, { ...settings, parameters: { ...settings.parameters, length: initialLengthModel(evidence) } });
  return beadsAndModel(outcome, sourceSide.count, targetSide.count, settings);
}

/** A pair's interner over collection ids: ids from 0 in the order first asked for. */
function pairInterner(collection: CollectionInterner, scratch: PairScratch): Interner & { local(id: number): number } {
  if (scratch.stamp.length < collection.size) {
    const room = Math.max(collection.size, 2 * scratch.stamp.length);
    scratch.stamp = new Int32Array(room);
    scratch.local = new Int32Array(room);
    scratch.epoch = 0;
  }
  const epoch = ++scratch.epoch;
  const { stamp, local } = scratch;
  // Keys no document of the collection has (the dictionary's, say), by their space.
  const others = new Map<string, Map<string, number>>();
  let size = 0;
  const localOf = (id: number) => {
    if (stamp[id] !== epoch) {
      stamp[id] = epoch;
      local[id] = size++;
    }
    return local[id]!;
  };
  return {
    local: localOf,
    id(key) {
      const colon = key.indexOf(':');
      return colon < 0 ? this.in('', key) : this.in(key.slice(0, colon + 1), key.slice(colon + 1));
    },
    in(space, key) {
      const id = collection.findIn(space, key);
      if (id !== undefined && id < stamp.length) return localOf(id);
      let own = others.get(space);
      if (own === undefined) others.set(space, (own = new Map()));
      let found = own.get(key);
      if (found === undefined) own.set(key, (found = size++));
      return found;
    },
    // Whether the pair's own interner would hold the key: one of the pair's two documents asked for it, or it was added since.
    has(space, key) {
      const id = collection.findIn(space, key);
      return (id !== undefined && id < stamp.length && stamp[id] === epoch) || (others.get(space)?.has(key) ?? false);
    },
    get size() {
      return size;
    },
  };
}

/** The side with its keys and word ids turned into a pair's ids. */
function remap(side: SideEvidence, local: Int32Array): SideEvidence {
  const keys = new Int32Array(side.keys.length);
  for (let at = 0; at < keys.length; at += 1) keys[at] = local[side.keys[at]!]!;
  const tokenWord = new Int32Array(side.tokenWord.length);
  for (let at = 0; at < tokenWord.length; at += 1) {
    const word = side.tokenWord[at]!;
    tokenWord[at] = word < 0 ? word : local[word]!;
  }
  return sideEvidence({ ...side, keys, tokenWord });
}
