import { describe, expect, it } from 'vitest';
import { createEvidenceStore } from '../../src/documents/evidence-store.js';
import { fingerprintDocument } from '../../src/documents/fingerprint.js';
import { alignFingerprints, verifyPairWithBeads } from '../../src/documents/verify.js';

const sources = [
  ['Krigen i Nagorno-Karabakh har krevd 30.000 liv siden 1994.', 'Aserbajdsjan avviser anklagene.', 'Tyrkia støtter Aserbajdsjan i konflikten.'],
  ['Kraftig regn oversvømte gatene i Bergen tirsdag.', 'Bystyret møttes i 2019 for å diskutere nye sluk.'],
].map((lines, index) => fingerprintDocument({ id: `s${index}`, text: lines.join('\n') }, 'nb'));
const targets = [
  ['The war in Nagorno-Karabakh has claimed 30,000 lives since 1994.', 'Azerbaijan rejects the accusations.', 'Turkey supports Azerbaijan in the conflict.'],
  ['Heavy rain flooded the streets of Bergen on Tuesday.', 'The city council met in 2019 to discuss new drains.'],
].map((lines, index) => fingerprintDocument({ id: `t${index}`, text: lines.join('\n') }, 'en'));

describe('createEvidenceStore', () => {
  it('verifies every pair as alignSentences does, announced or not, each document read in several pairs', () => {
    const store = createEvidenceStore();
    for (const source of sources) for (const target of targets) store.expectPair(source, target);
    // Announced pairs twice over (the second time the evidence has been dropped), then unannounced ones.
    for (let round = 0; round < 2; round += 1) {
      for (const source of sources) {
        for (const target of targets) {
          const expected = verifyPairWithBeads(source, target, 1.1, undefined, alignFingerprints);
          const found = verifyPairWithBeads(source, target, 1.1, undefined, store.align);
          expect(found.check).toEqual(expected.check);
          expect([...found.teaching]).toEqual([...expected.teaching]);
        }
      }
    }
  });

  it('counts no pair with a side of no sentences, which is never aligned', () => {
    const store = createEvidenceStore();
    const empty = { ...targets[0]!, sentences: [] };
    store.expectPair(sources[0]!, empty);
    expect(verifyPairWithBeads(sources[0]!, empty, 1, undefined, store.align).check.coverage).toBe(0);
    expect(verifyPairWithBeads(sources[0]!, targets[0]!, 1, undefined, store.align).check).toEqual(verifyPairWithBeads(sources[0]!, targets[0]!, 1).check);
  });
});
