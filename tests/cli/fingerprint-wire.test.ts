import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../src/cli/fingerprint-wire.js';
import { fingerprintDocument } from '../../src/documents/fingerprint.js';

describe('fingerprints between a pairing worker and the main thread', () => {
  it('come back with the same sentences, sent as spans of the text where they are a stretch of it', () => {
    // A wrapped line is unwrapped in its sentence, an HTML entity decoded: those two are sent whole.
    const text = 'Pasjinian kom til Moskva i 2020.\n\nDet var kaldt,\nsa han. Prisen var 30.000 kroner.\n\n<p>Tom &amp; Jerry kom ogs\u00e5.</p>\n\nPrisen var 30.000 kroner.';
    const print = fingerprintDocument({ id: 'a', text }, 'nb');
    const sent = toWire(print, text);
    expect('spans' in sent && [...sent.spans].filter((start, index) => index % 2 === 0 && start >= 0).length).toBeGreaterThanOrEqual(3);
    expect('unlike' in sent && sent.unlike.length).toBeGreaterThanOrEqual(1);
    expect(fromWire(sent, text)).toEqual(print);
  });

  it('pass an unreadable document through as it is', () => {
    const outcome = { unreadable: 'binary data' };
    expect(fromWire(toWire(outcome, ''), '')).toEqual(outcome);
  });
});
