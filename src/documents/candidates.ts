import type { Fingerprint } from './fingerprint.js';
import { sharedKeyTable, type KeyBag } from './key-bag.js';

/**
 * Keys found in more documents than this are not looked up, however large the collection: a
 * key that common cannot single out a translation, and following it would make the search
 * grow with the square of the collection.
 */
const MAX_POSTINGS = 1000;

/** A possible pair and how much rare evidence the two documents share. */
export interface Candidate {
  source: number;
  target: number;
  /** Cosine similarity of the TF-IDF-weighted key vectors, in [0, 1]. */
  similarity: number;
}

/**
 * Finds the likely counterparts of each source document without comparing every pair: an
 * inverted index over the target documents' keys, each weighted by its inverse document
 * frequency (Buck & Koehn 2016 paired web documents this way). Keys found in more than
 * `maxShare` of the documents, or in more than 1,000, carry nothing and are not looked up,
 * which keeps the work close to linear in the collection size.
 *
 * @returns for each source, its `perSource` best targets by cosine similarity.
 */
export function findCandidates(sources: readonly Fingerprint[], targets: readonly Fingerprint[], perSource: number, maxShare = 0.05): Candidate[] {
  const documents = sources.length + targets.length;
  // Each key is read as a number: postings then live in flat typed arrays (12 bytes an entry),
  // not in a map of arrays per key, so the index of a collection of 100,000 documents takes about
  // a hundred megabytes, not gigabytes. Each document's keys as `[number, count, …]`, in order.
  const { numbered, keyCount } = numberKeys([...sources, ...targets]);
  const frequency = new Int32Array(keyCount);
  for (const entries of numbered) for (let at = 0; at < entries.length; at += 2) frequency[entries[at]!]! += 1;
  const limit = Math.min(MAX_POSTINGS, Math.max(50, Math.ceil(maxShare * documents)));
  // The inverse document frequency of each key, worked out once per key rather than per use.
  const idf = new Float64Array(keyCount);
  for (let id = 0; id < keyCount; id += 1) if (frequency[id]! > 0) idf[id] = Math.log((documents + 1) / frequency[id]!);
  const weight = (count: number, id: number) => (1 + Math.log(count)) * idf[id]!;
  const norm = (entries: Int32Array) => {
    let sum = 0;
    for (let at = 0; at < entries.length; at += 2) {
      const id = entries[at]!;
      if (frequency[id]! <= limit) sum += weight(entries[at + 1]!, id) ** 2;
    }
    return Math.sqrt(sum) || 1;
  };
  const sourceKeys = numbered.slice(0, sources.length);
  const targetKeys = numbered.slice(sources.length);
  // Postings of the keys worth looking up (compressed sparse rows: key number → start in
  // `postedTargets`), each with the target's weight already divided by its norm; targets in
  // position order.
  const starts = new Int32Array(keyCount + 1);
  for (const entries of targetKeys) {
    for (let at = 0; at < entries.length; at += 2) {
      const id = entries[at]!;
      if (frequency[id]! <= limit) starts[id + 1]! += 1;
    }
  }
  for (let id = 0; id < keyCount; id += 1) starts[id + 1]! += starts[id]!;
  const postedTargets = new Int32Array(starts[keyCount]!);
  const postedWeights = new Float64Array(starts[keyCount]!);
  const filled = starts.slice(0, keyCount);
  targetKeys.forEach((entries, position) => {
    const targetNorm = norm(entries);
    for (let at = 0; at < entries.length; at += 2) {
      const id = entries[at]!;
      if (frequency[id]! > limit) continue;
      const slot = filled[id]!++;
      postedTargets[slot] = position;
      postedWeights[slot] = weight(entries[at + 1]!, id) / targetNorm;
    }
  });
  const candidates: Candidate[] = [];
  const scores = new Float64Array(targets.length);
  const touched: number[] = [];
  sourceKeys.forEach((entries, position) => {
    const sourceNorm = norm(entries);
    for (let at = 0; at < entries.length; at += 2) {
      const id = entries[at]!;
      const end = starts[id + 1]!;
      if (starts[id] === end) continue;
      const w = weight(entries[at + 1]!, id) / sourceNorm;
      for (let slot = starts[id]!; slot < end; slot += 1) {
        const target = postedTargets[slot]!;
        if (scores[target] === 0) touched.push(target);
        scores[target]! += w * postedWeights[slot]!;
      }
    }
    for (const target of topScores(touched, scores, perSource)) candidates.push({ source: position, target, similarity: scores[target]! });
    for (const target of touched) scores[target] = 0;
    touched.length = 0;
  });
  return candidates;
}

/**
 * Each fingerprint's keys as `[number, count, …]` in their order, and how many numbers there
 * are. Fingerprints whose keys are bags of one {@link KeyTable} (a pairing run's) are read as
 * they are stored; any others are numbered here, each key in the order first met. The numbering
 * changes nothing but where a key's postings lie: scores add up in the order of a source's keys.
 */
function numberKeys(prints: readonly Fingerprint[]): { numbered: Int32Array[]; keyCount: number } {
  const table = sharedKeyTable(prints);
  if (table !== undefined) {
    return { numbered: prints.map(({ keys }) => (keys as KeyBag).numbered()), keyCount: table.size };
  }
  const ids = new Map<string, number>();
  const numbered = prints.map(({ keys }) => {
    const entries = new Int32Array(2 * keys.size);
    let at = 0;
    for (const [key, count] of keys) {
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      entries[at++] = id;
      entries[at++] = count;
    }
    return entries;
  });
  return { numbered, keyCount: ids.size };
}

/** The `count` entries of `ids` with the highest scores, best first; ties keep the order of `ids`. */
function topScores(ids: readonly number[], scores: Float64Array, count: number): number[] {
  const best: number[] = [];
  for (const id of ids) {
    const score = scores[id]!;
    if (best.length === count && score <= scores[best[count - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && scores[best[at - 1]!]! < score) at -= 1;
    best.splice(at, 0, id);
    if (best.length > count) best.pop();
  }
  return best;
}
