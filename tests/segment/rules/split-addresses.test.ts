import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../src/segment/rules/keep-addresses.js';
import { findAddressBreaks } from '../../../src/segment/rules/split-addresses.js';

const breaks = (text: string) => findAddressBreaks(text, findAddresses(text)).map((at) => text.slice(at, at + 8));

describe('findAddressBreaks', () => {
  it('starts a segment at an address after a finished sentence and between listed addresses', () => {
    expect(breaks('Verdt et besøk. http://a.no/x http://b.no/y')).toEqual(['http://a', 'http://b']);
  });

  it('starts a segment at a capitalised sentence after an address', () => {
    expect(breaks('ola@example.no Our office is open')).toEqual(['Our offi']);
  });

  it('keeps an address after a colon or inside a sentence', () => {
    expect(breaks('Email: ola@example.no')).toEqual([]);
    expect(breaks('Go to www.nrk.no for more')).toEqual([]);
  });
});
