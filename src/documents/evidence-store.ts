import type { Fingerprint } from './fingerprint.js';
import { alignPreparedSides, createCollectionInterner, createPairScratch, createWordMemo, prepareSide, type PreparedSide } from './prepared-alignment.js';
import type { PairAligner } from './verify.js';

/** Aligns candidate pairs from evidence analysed once per document, kept while it is needed. */
export interface EvidenceStore {
  /** The verification's aligner: the same alignment as `alignSentences` on the two documents' sentences. */
  align: PairAligner;
  /**
   * Says that the pair will be aligned: each document's evidence is kept until the last
   * announced pair it is in, then dropped. A document in no announced pair is analysed for its
   * one alignment. A pair with a side of no sentences is never aligned, so it is not counted.
   */
  expectPair(source: Fingerprint, target: Fingerprint): void;
}

/** A document's evidence, once built, and how many announced alignments have yet to read it. */
interface Kept {
  side: PreparedSide | undefined;
  uses: number;
}

/**
 * An {@link EvidenceStore} for one pairing run. A document is analysed for alignment (tokens,
 * cognate keys, numbers) once, not once per candidate pair it is in, and its evidence is held
 * only from its first announced alignment to its last, so memory follows the documents in use,
 * not the collection. Keys live in one interner for the run (each distinct string once), and a
 * word's evidence is found once for all the documents that hold it (see `WordMemo`).
 */
export function createEvidenceStore(): EvidenceStore {
  const collection = createCollectionInterner();
  const scratch = createPairScratch();
  const words = createWordMemo();
  // A document's evidence depends on its side (word ids are kept apart per side), hence a store per side.
  const kept = { source: new Map<Fingerprint, Kept>(), target: new Map<Fingerprint, Kept>() };
  const sideOf = (print: Fingerprint, side: 'source' | 'target'): PreparedSide => {
    const entry = kept[side].get(print);
    if (entry === undefined) return prepareSide(print.sentences, print.lang, side, collection, words);
    const prepared = (entry.side ??= prepareSide(print.sentences, print.lang, side, collection, words));
    if (--entry.uses <= 0) kept[side].delete(print);
    return prepared;
  };
  return {
    align: (source, target, options) => alignPreparedSides(sideOf(source, 'source'), sideOf(target, 'target'), collection, scratch, options),
    expectPair(source, target) {
      if (source.sentences.length === 0 || target.sentences.length === 0) return;
      for (const [print, side] of [[source, 'source'], [target, 'target']] as const) {
        const entry = kept[side].get(print);
        if (entry === undefined) kept[side].set(print, { side: undefined, uses: 1 });
        else entry.uses += 1;
      }
    },
  };
}
