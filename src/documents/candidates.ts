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
  const index = new Map<string, number[]>();
  targets.forEach((target, position) => {
    for (const key of target.keys.keys()) {
      let list = index.get(key);
      if (list === undefined) index.set(key, (list = []));
      list.push(position);
    }
  });
  const documents = sources.length + targets.length;
  const frequency = new Map<string, number>();
  for (const fingerprint of [...sources, ...targets]) for (const key of fingerprint.keys.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const limit = Math.min(MAX_POSTINGS, Math.max(50, Math.ceil(maxShare * documents)));
  const idf = (key: string) => Math.log((documents + 1) / (frequency.get(key) ?? 1));
  const weight = (count: number, key: string) => (1 + Math.log(count)) * idf(key);
  const norm = (fingerprint: Fingerprint) => {
    let sum = 0;
    for (const [key, count] of fingerprint.keys) if ((frequency.get(key) ?? 0) <= limit) sum += weight(count, key) ** 2;
    return Math.sqrt(sum) || 1;
  };
  const targetNorms = targets.map(norm);
  const candidates: Candidate[] = [];
  const scores = new Float64Array(targets.length);
  const touched: number[] = [];
  sources.forEach((source, position) => {
    const sourceNorm = norm(source);
    for (const [key, count] of source.keys) {
      if ((frequency.get(key) ?? 0) > limit) continue;
      const list = index.get(key);
      if (list === undefined) continue;
      const w = weight(count, key);
      for (const target of list) {
        if (scores[target] === 0) touched.push(target);
        scores[target]! += w * weight(targets[target]!.keys.get(key)!, key);
      }
    }
    const best = touched
      .map((target) => ({ source: position, target, similarity: scores[target]! / (sourceNorm * targetNorms[target]!) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, perSource);
    candidates.push(...best);
    for (const target of touched) scores[target] = 0;
    touched.length = 0;
  });
  return candidates;
}
