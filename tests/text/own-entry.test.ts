import { describe, expect, it } from 'vitest';
import { alignSentences, checkDivergences, extractNames, extractNumbers } from '../../src/index.js';
import { decodeEntities } from '../../src/text/mask-markup.js';
import { ownEntry } from '../../src/text/own-entry.js';

// Words that name members every JavaScript object inherits.
const INHERITED = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf'];

describe('ownEntry', () => {
  it('reads only what a table holds itself', () => {
    const table = { nord: 'north' };
    expect(ownEntry(table, 'nord')).toBe('north');
    for (const word of INHERITED) expect(ownEntry(table, word)).toBeUndefined();
  });
});

describe('words that name inherited object members', () => {
  const nb = `Konstruktøren sa at ${INHERITED.join(' og ')} er ord. Constructor Hansen kom i går.`;
  const en = `The builder said that ${INHERITED.join(' and ')} are words. Constructor Hansen came yesterday.`;

  it('are read as words by the name and number extractors', () => {
    expect(() => extractNames(en, { lang: 'en' })).not.toThrow();
    expect(() => extractNames(nb, { lang: 'nb', gazetteer: { oslo: 'Oslo' } })).not.toThrow();
    expect(extractNumbers('constructor million toString 5', { lang: 'en' }).every((mention) => Number.isFinite(mention.value))).toBe(true);
  });

  it('are checked like any other sentence', () => {
    const alignment = alignSentences(nb, en, { sourceLang: 'nb', targetLang: 'en' });
    expect(alignment.beads.length).toBeGreaterThan(0);
    expect(checkDivergences(alignment).findings.every((finding) => typeof finding.message === 'string')).toBe(true);
  });

  it('leave an unknown entity such as &valueOf; as written', () => {
    expect(decodeEntities('a &valueOf; b &toString; &amp; c')).toBe('a &valueOf; b &toString; & c');
  });
});
