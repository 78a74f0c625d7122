import { BitekstError } from '../errors.js';
import type { DictionaryEntry } from '../score/dictionary.js';
import type { DocumentInput } from '../types.js';
import { createDictionaryView } from './collection-lexicon.js';
import { createEvidenceStore } from './evidence-store.js';
import { createFingerprinter, type Fingerprint } from './fingerprint.js';
import { verifyPairWithBeads, type Verification } from './verify.js';

/**
 * The two costly steps of a pairing run, each a list of independent pieces of work: every
 * document's fingerprint, and the verifying alignment of every candidate pair of the first
 * round. `pairDocuments` runs them in its own thread; the command line hands them to worker
 * threads (`bitekst pair --jobs`). Either way the run is the same and so is its result.
 */
export type PairingWork = FingerprintWork | VerifyWork;

/** Fingerprint these documents, all read as `lang` unless they say otherwise. */
export interface FingerprintWork {
  kind: 'fingerprint';
  documents: readonly DocumentInput[];
  lang: string;
}

/** Verify these candidate pairs (`[source, target]`), the length ratio expected of a translation. */
export interface VerifyWork {
  kind: 'verify';
  pairs: readonly (readonly [Fingerprint, Fingerprint])[];
  expectedRatio: number;
  /**
   * Word translations learnt from the collection (the second round's): each pair's alignment
   * takes the entries whose words its two documents hold, and runs its second pass too.
   */
  dictionary?: readonly DictionaryEntry[];
}

/** A document's fingerprint, or why it could not be read (binary data, say). */
export type FingerprintOutcome = Fingerprint | { unreadable: string };

/** A verified pair: how it held up, and the confident 1-1 beads that may teach the collection lexicon. */
export interface VerifiedPair {
  check: Verification;
  teaching: Uint32Array;
}

/** What a piece of work gives back, in the order of its documents or pairs. */
export type WorkResult<W extends PairingWork> = W extends FingerprintWork ? FingerprintOutcome[] : VerifiedPair[];

/**
 * Fingerprints documents, one segmenter per language for as long as it lives: an unreadable
 * document (`E_INPUT`) becomes an outcome with the reason, so the run goes on without it.
 * `done` is called once per document. `shareKeys` as for `createFingerprinter`.
 */
export function createFingerprintRunner(options: { shareKeys?: boolean } = {}): (work: FingerprintWork, done?: () => void) => FingerprintOutcome[] {
  const fingerprint = createFingerprinter(options);
  return (work, done) =>
    work.documents.map((document) => {
      try {
        return fingerprint(document, work.lang);
      } catch (error) {
        if (!(error instanceof BitekstError) || error.code !== 'E_INPUT') throw error;
        return { unreadable: error.message };
      } finally {
        done?.();
      }
    });
}

/**
 * Verifies candidate pairs, each document analysed for alignment once for all the pairs of the
 * work it is in (see `createEvidenceStore`). `done` is called once per pair.
 */
export function verifyPairs(work: VerifyWork, done?: () => void): VerifiedPair[] {
  const store = createEvidenceStore();
  for (const [source, target] of work.pairs) store.expectPair(source, target);
  const view = work.dictionary !== undefined && work.dictionary.length > 0 ? createDictionaryView(work.dictionary) : undefined;
  return work.pairs.map(([source, target]) => {
    const verified = verifyPairWithBeads(source, target, work.expectedRatio, view?.(source, target), store.align);
    done?.();
    return verified;
  });
}

/** A step of the pairing that asks for verifications and, answered, returns `R`. */
export type VerifySteps<R> = Generator<VerifyWork, R, VerifiedPair[] | undefined>;

/** Runs such steps in this thread: each verification asked for is done at once. */
export function runVerifications<R>(steps: VerifySteps<R>): R {
  let answer: VerifiedPair[] | undefined;
  for (;;) {
    const next = steps.next(answer);
    if (next.done === true) return next.value;
    answer = verifyPairs(next.value);
  }
}
