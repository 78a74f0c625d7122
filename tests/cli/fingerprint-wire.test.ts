import { describe, expect, it } from 'vitest';
import { chunkFromWire, chunkToWire } from '../../src/cli/fingerprint-wire.js';
import { fingerprintDocument } from '../../src/documents/fingerprint.js';
import { KeyBag, KeyTable } from '../../src/documents/key-bag.js';

// A wrapped line is unwrapped in its sentence, an HTML entity decoded: those two are sent whole.
const text = 'Pasjinian kom til Moskva i 2020.\n\nDet var kaldt,\nsa han. Prisen var 30.000 kroner.\n\n<p>Tom &amp; Jerry kom ogs\u00e5.</p>\n\nPrisen var 30.000 kroner.';
const other = 'Pasjinian var i Jerevan i 2021. Prisen var 40.000 kroner.';

describe('fingerprints between a pairing worker and the main thread', () => {
  it('come back with the same sentences, sent as spans of the text where they are a stretch of it, and the same keys', () => {
    const print = fingerprintDocument({ id: 'a', text }, 'nb');
    const sent = chunkToWire([print], [text]);
    const [wire] = sent.outcomes;
    expect(wire && 'spans' in wire && [...wire.spans].filter((start, index) => index % 2 === 0 && start >= 0).length).toBeGreaterThanOrEqual(3);
    expect(wire && 'unlike' in wire && wire.unlike.length).toBeGreaterThanOrEqual(1);
    const [back] = chunkFromWire(sent, [text], new KeyTable()) as (typeof print)[];
    expect({ ...back, keys: new Map(back!.keys) }).toEqual(print);
  });

  it('send each key of a chunk once, and number them into the run table as the documents one by one would be', () => {
    const prints = [fingerprintDocument({ id: 'a', text }, 'nb'), fingerprintDocument({ id: 'b', text: other }, 'nb')];
    const sent = chunkToWire(prints, [text, other]);
    expect(new Set(sent.keys).size).toBe(sent.keys.length);
    expect(sent.keys).toContain('n:pashinian');
    const table = new KeyTable();
    const back = chunkFromWire(sent, [text, other], table);
    const oneByOne = new KeyTable();
    prints.forEach((print, index) => {
      const keys = (back[index] as unknown as { keys: KeyBag }).keys;
      expect(keys).toBeInstanceOf(KeyBag);
      expect([...keys]).toEqual([...print.keys]);
      expect(keys.numbered()).toEqual(new KeyBag(print.keys, oneByOne).numbered());
    });
  });

  it('pass an unreadable document through as it is', () => {
    const outcome = { unreadable: 'binary data' };
    expect(chunkFromWire(chunkToWire([outcome], ['']), [''], new KeyTable())).toEqual([outcome]);
  });
});
