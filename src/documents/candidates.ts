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
  const frequency = new Map<string, number>();
  for (const side of [sources, targets]) for (const fingerprint of side) for (const key of fingerprint.keys.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const limit = Math.min(MAX_POSTINGS, Math.max(50, Math.ceil(maxShare * documents)));
  const weight = (count: number, key: string) => (1 + Math.log(count)) * Math.log((documents + 1) / frequency.get(key)!);
  const norm = (fingerprint: Fingerprint) => {
    let sum = 0;
    for (const [key, count] of fingerprint.keys) if (frequency.get(key)! <= limit) sum += weight(count, key) ** 2;
    return Math.sqrt(sum) || 1;
  };
  // Postings of the keys worth looking up, each with the target's weight already divided by its norm.
  const postings = new Map<string, { targets: number[]; weights: number[] }>();
  targets.forEach((target, position) => {
    const targetNorm = norm(target);
    for (const [key, count] of target.keys) {
      if (frequency.get(key)! > limit) continue;
      let list = postings.get(key);
      if (list === undefined) postings.set(key, (list = { targets: [], weights: [] }));
      list.targets.push(position);
      list.weights.push(weight(count, key) / targetNorm);
    }
  });
  const candidates: Candidate[] = [];
  const scores = new Float64Array(targets.length);
  const touched: number[] = [];
  sources.forEach((source, position) => {
    const sourceNorm = norm(source);
    for (const [key, count] of source.keys) {
      const list = postings.get(key);
      if (list === undefined) continue;
      const w = weight(count, key) / sourceNorm;
      const { targets: listed, weights } = list;
      for (let k = 0; k < listed.length; k += 1) {
        const target = listed[k]!;
        if (scores[target] === 0) touched.push(target);
        scores[target]! += w * weights[k]!;
      }
    }
    candidates.push(...topScores(touched, scores, perSource).map((target) => ({ source: position, target, similarity: scores[target]! })));
    for (const target of touched) scores[target] = 0;
    touched.length = 0;
  });
  return candidates;
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
