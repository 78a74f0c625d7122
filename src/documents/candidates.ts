import type { Fingerprint } from './fingerprint.js';

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
  // Each key is read once as a string, then as a number: its position in `ids`. Postings then
  // live in flat typed arrays (12 bytes an entry), not in a map of arrays per key, so the index
  // of a collection of 100,000 documents takes about a hundred megabytes, not gigabytes.
  const ids = new Map<string, number>();
  let frequency: Int32Array = new Int32Array(1024);
  for (const side of [sources, targets]) {
    for (const fingerprint of side) {
      for (const key of fingerprint.keys.keys()) {
        let id = ids.get(key);
        if (id === undefined) {
          ids.set(key, (id = ids.size));
          if (id === frequency.length) frequency = grow(frequency);
        }
        frequency[id]! += 1;
      }
    }
  }
  const limit = Math.min(MAX_POSTINGS, Math.max(50, Math.ceil(maxShare * documents)));
  const weight = (count: number, id: number) => (1 + Math.log(count)) * Math.log((documents + 1) / frequency[id]!);
  const norm = (fingerprint: Fingerprint) => {
    let sum = 0;
    for (const [key, count] of fingerprint.keys) {
      const id = ids.get(key)!;
      if (frequency[id]! <= limit) sum += weight(count, id) ** 2;
    }
    return Math.sqrt(sum) || 1;
  };
  // Postings of the keys worth looking up (compressed sparse rows: key id → start in `postedTargets`),
  // each with the target's weight already divided by its norm; targets in position order.
  const starts = new Int32Array(ids.size + 1);
  for (const target of targets) {
    for (const key of target.keys.keys()) {
      const id = ids.get(key)!;
      if (frequency[id]! <= limit) starts[id + 1]! += 1;
    }
  }
  for (let id = 0; id < ids.size; id += 1) starts[id + 1]! += starts[id]!;
  const postedTargets = new Int32Array(starts[ids.size]!);
  const postedWeights = new Float64Array(starts[ids.size]!);
  const filled = starts.slice(0, ids.size);
  targets.forEach((target, position) => {
    const targetNorm = norm(target);
    for (const [key, count] of target.keys) {
      const id = ids.get(key)!;
      if (frequency[id]! > limit) continue;
      const at = filled[id]!++;
      postedTargets[at] = position;
      postedWeights[at] = weight(count, id) / targetNorm;
    }
  });
  const candidates: Candidate[] = [];
  const scores = new Float64Array(targets.length);
  const touched: number[] = [];
  sources.forEach((source, position) => {
    const sourceNorm = norm(source);
    for (const [key, count] of source.keys) {
      const id = ids.get(key)!;
      const end = starts[id + 1]!;
      if (starts[id] === end) continue;
      const w = weight(count, id) / sourceNorm;
      for (let at = starts[id]!; at < end; at += 1) {
        const target = postedTargets[at]!;
        if (scores[target] === 0) touched.push(target);
        scores[target]! += w * postedWeights[at]!;
      }
    }
    for (const target of topScores(touched, scores, perSource)) candidates.push({ source: position, target, similarity: scores[target]! });
    for (const target of touched) scores[target] = 0;
    touched.length = 0;
  });
  return candidates;
}

/** A copy of `counts` with twice the room. */
function grow(counts: Int32Array): Int32Array {
  const larger = new Int32Array(counts.length * 2);
  larger.set(counts);
  return larger;
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
