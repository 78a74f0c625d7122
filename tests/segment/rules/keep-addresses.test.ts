import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../src/segment/rules/keep-addresses.js';

const found = (text: string) => findAddresses(text).map((span) => text.slice(span.start, span.end));

describe('findAddresses', () => {
  it('finds web and e-mail addresses without the sentence punctuation after them', () => {
    expect(found('Se www.nrk.no/a?b=1. Skriv til ola.nordmann@example.no, eller (http://example.org/x).')).toEqual([
      'www.nrk.no/a?b=1',
      'ola.nordmann@example.no',
      'http://example.org/x',
    ]);
  });

  it('ignores a lone @ and ordinary dotted words', () => {
    expect(found('Møt meg @ kafeen. Dagbladet.no skrev det. e.g. this')).toEqual([]);
  });

  it('stays linear on a huge token without an address', () => {
    const text = `${'a'.repeat(2_000_000)}@`;
    const started = performance.now();
    expect(found(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
