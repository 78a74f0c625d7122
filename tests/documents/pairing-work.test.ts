import { describe, expect, it } from 'vitest';
import { pairDocuments, pairingSteps } from '../../src/documents/pair.js';
import { createFingerprintRunner, verifyPairs, type FingerprintOutcome, type VerifiedPair } from '../../src/documents/pairing-work.js';
import type { Fingerprint } from '../../src/documents/fingerprint.js';
import { toyPair } from '../helpers/toy-bitext.js';

const collection = Array.from({ length: 12 }, (_, index) => toyPair(`doc${index}`, 5, index, index % 2 === 0 ? 2000 + index : undefined));
const sources = collection.slice(0, 10).map((pair) => pair.source);
const targets = collection.slice(2).map((pair) => pair.target);

describe('pairingSteps', () => {
  it('asks for the fingerprints of each side, then verifications (first round, second round, groups), and, so answered, gives the result of pairDocuments', () => {
    const steps = pairingSteps(sources, targets);
    const fingerprint = createFingerprintRunner();
    const asked: string[] = [];
    let answer: FingerprintOutcome[] | VerifiedPair[] | undefined;
    for (;;) {
      const next = steps.next(answer);
      if (next.done === true) {
        expect(next.value).toEqual(pairDocuments(sources, targets));
        break;
      }
      const { work, total } = next.value;
      asked.push(work.kind === 'fingerprint' ? `fingerprint ${work.documents.length}` : `verify ${work.pairs.length}`);
      expect(total).toBeGreaterThanOrEqual(sources.length + targets.length);
      answer = work.kind === 'fingerprint' ? fingerprint(work) : verifyPairs(work);
    }
    expect(asked.slice(0, 2)).toEqual(['fingerprint 10', 'fingerprint 10']);
    expect(asked.slice(2).every((step) => /^verify \d+$/.test(step))).toBe(true);
    expect(asked.length).toBeGreaterThanOrEqual(3);
  });

  it('takes back fingerprints kept in pieces as they come (one document at a time here) with the same result as kept whole', () => {
    const steps = pairingSteps(sources, targets);
    const fingerprint = createFingerprintRunner();
    let answer: FingerprintOutcome[] | VerifiedPair[] | undefined;
    for (;;) {
      const next = steps.next(answer);
      if (next.done === true) {
        expect(next.value).toEqual(pairDocuments(sources, targets));
        break;
      }
      const { work, keep } = next.value;
      if (work.kind === 'verify') answer = verifyPairs(work);
      else {
        expect(keep).toBeTypeOf('function');
        answer = work.documents.flatMap((document) => keep!(fingerprint({ ...work, documents: [document] })));
        // Kept once: a kept fingerprint passed through again is left as it is.
        const again = keep!(answer);
        expect(again.every((outcome, index) => outcome === (answer as FingerprintOutcome[])[index])).toBe(true);
      }
    }
  });

  it('takes targets still being read as a function, asked for only once the sources are fingerprinted, with the same result', () => {
    let asked = 0;
    const steps = pairingSteps(sources, () => {
      asked += 1;
      return targets;
    });
    const fingerprint = createFingerprintRunner();
    let answer: FingerprintOutcome[] | VerifiedPair[] | undefined;
    let step = 0;
    for (;; step += 1) {
      const next = steps.next(answer);
      // Not before the sources' fingerprints are answered (the first step), and then once.
      expect(asked).toBe(step === 0 ? 0 : 1);
      if (next.done === true) {
        expect(next.value).toEqual(pairDocuments(sources, targets));
        break;
      }
      const { work } = next.value;
      answer = work.kind === 'fingerprint' ? fingerprint(work) : verifyPairs(work);
    }
    // A function that gives no array is refused as an array argument would be.
    const bad = pairingSteps(sources, () => 'no' as unknown as never[]);
    const first = bad.next().value as unknown as { work: { kind: 'fingerprint'; documents: never[]; lang: string } };
    expect(() => bad.next(fingerprint(first.work))).toThrow(/targets/);
  });

  it('checks its options at the first step', () => {
    expect(() => pairingSteps(sources, targets, { threshold: Number.NaN }).next()).toThrow(/threshold/);
  });
});

describe('the pairing work', () => {
  it('turns an unreadable document into an outcome with the reason, and counts every document done', () => {
    let done = 0;
    const outcomes = createFingerprintRunner()({ kind: 'fingerprint', documents: [{ id: 'image', text: 'GIF89a\u0000\u0001 not text' }, sources[0]!], lang: 'nb' }, () => (done += 1));
    expect(outcomes[0]).toEqual({ unreadable: expect.stringMatching(/NUL/) });
    expect((outcomes[1] as Fingerprint).id).toBe(sources[0]!.id);
    expect(done).toBe(2);
  });

  it('verifies a translation as covered and a mismatched pair as not, in the order given', () => {
    const run = createFingerprintRunner();
    const [source, other] = run({ kind: 'fingerprint', documents: [sources[3]!, sources[4]!], lang: 'nb' }) as Fingerprint[];
    const [target] = run({ kind: 'fingerprint', documents: [targets[1]!], lang: 'en' }) as Fingerprint[];
    const [right, wrong] = verifyPairs({ kind: 'verify', pairs: [[source!, target!], [other!, target!]], expectedRatio: 1 });
    expect(right!.check.coverage).toBeGreaterThan(wrong!.check.coverage);
    expect(right!.check.oneToOne).toBe(1);
  });
});
