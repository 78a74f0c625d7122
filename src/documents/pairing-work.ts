import { BitekstError } from '../errors.js';
import type { DocumentInput } from '../types.js';
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
 * `done` is called once per document.
 */
export function createFingerprintRunner(): (work: FingerprintWork, done?: () => void) => FingerprintOutcome[] {
  const fingerprint = createFingerprinter();
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
  return work.pairs.map(([source, target]) => {
    const verified = verifyPairWithBeads(source, target, work.expectedRatio, undefined, store.align);
    done?.();
    return verified;
  });
}
