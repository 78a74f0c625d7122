import { describe, expect, it } from 'vitest';
import { detectLanguage, pairDocuments, splitByLanguage, type DocumentInput } from '../../src/index.js';
import { corpusDocuments } from '../helpers/corpus.js';
import { fixtureLines } from '../helpers/gold.js';
import { toyPair } from '../helpers/toy-bitext.js';

const corpus = corpusDocuments();
const side = (lang: string): DocumentInput[] => corpus.filter((document) => document.lang === lang).map((document) => ({ id: document.file, text: document.text }));

describe('pairDocuments on the corpus', () => {
  it('finds exactly one pair, 000 ↔ 003, and leaves 001, 002 and 004 unpaired', () => {
    const result = pairDocuments(side('nb'), side('en'));
    expect(result.pairs.map(({ source, target }) => [source.slice(0, 3), target.slice(0, 3)])).toEqual([['000', '003']]);
    expect(result.pairs[0]!.score).toBeGreaterThan(0.5);
    expect(result.unpaired.source.map((id) => id.slice(0, 3))).toEqual(['001', '002']);
    expect(result.unpaired.target.map((id) => id.slice(0, 3))).toEqual(['004']);
    expect(result.groups).toEqual([]);
  });

  it('sorts a mixed collection by language from the text alone', () => {
    const { nb, en, issues } = splitByLanguage(corpus.map((document) => ({ id: document.file, text: document.text })));
    expect(nb.map((document) => document.id.slice(0, 3))).toEqual(['000', '001', '002']);
    expect(en.map((document) => document.id.slice(0, 3))).toEqual(['003', '004']);
    expect(issues).toEqual([]);
  });
});

describe('pairDocuments reports what it cannot pair', () => {
  it('gives empty documents, duplicates and a text identical on both sides a reason', () => {
    const [first, second] = side('nb');
    const result = pairDocuments(
      [first!, { id: 'copy.txt', text: first!.text }, { id: 'empty.txt', text: '  \n' }, second!],
      [...side('en'), { id: 'same.txt', text: second!.text }],
    );
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { id: 'copy.txt', side: 'source', reason: `duplicate of ${first!.id}` },
        { id: 'empty.txt', side: 'source', reason: 'empty: no text to pair' },
        { id: 'same.txt', side: 'target', reason: `same text as source ${second!.id}: not a translation` },
      ]),
    );
    expect(result.pairs.map((pair) => pair.source)).toEqual([first!.id]);
  });

  it('reports a binary document as unreadable and pairs the rest', () => {
    const binary = { id: 'image.txt', text: 'GIF89a\u0000\u0001\u0002\u0003 not text' };
    const result = pairDocuments([binary, ...side('nb')], side('en'));
    expect(result.issues).toEqual([{ id: 'image.txt', side: 'source', reason: expect.stringMatching(/^unreadable: .*NUL/) }]);
    expect(result.pairs.map(({ source, target }) => [source.slice(0, 3), target.slice(0, 3)])).toEqual([['000', '003']]);
  });

  it('does not pair two one-line texts that share nothing, however well their lengths fit', () => {
    const result = pairDocuments([{ id: 'nb.txt', text: 'Hei der, hvordan går det?' }], [{ id: 'en.txt', text: 'The weather is fine today.' }]);
    expect(result.pairs).toEqual([]);
    expect(result.unpaired).toEqual({ source: ['nb.txt'], target: ['en.txt'] });
  });

  it('handles empty collections and refuses documents without an id', () => {
    expect(pairDocuments([], [])).toEqual({ pairs: [], groups: [], unpaired: { source: [], target: [] }, issues: [] });
    expect(() => pairDocuments([{ text: 'x' } as DocumentInput], [])).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
  });

  it('reports a text in neither language', () => {
    const { issues } = splitByLanguage([{ id: 'fi.txt', text: 'Tämä on suomenkielinen teksti, jota ei voi lukea.' }]);
    expect(issues[0]).toMatchObject({ id: 'fi.txt', reason: expect.stringMatching(/not recognised/) });
  });

  it('reports two short source articles translated as one target as a group', () => {
    const source = fixtureLines('nb-en-002.src');
    const target = { id: 'en.txt', text: fixtureLines('nb-en-002.tgt').join('\n\n') };
    const first = { id: 'part-1.txt', text: source.slice(1, 10).join('\n\n') };
    const second = { id: 'part-2.txt', text: source.slice(10).join('\n\n') };
    const result = pairDocuments([first, second, ...side('nb').slice(1)], [target, ...side('en').slice(1)]);
    expect(result.groups).toEqual([{ sources: ['part-1.txt', 'part-2.txt'], target: 'en.txt', score: expect.any(Number) }]);
    expect(result.pairs).toEqual([]);
  });
});

describe('pairDocuments does not depend on the order it is given the documents in', () => {
  const reversed = <T>(list: readonly T[]) => [...list].reverse();

  it('pairs a collection listed forwards and backwards the same, and lists the unpaired by id', () => {
    const all = Array.from({ length: 30 }, (_, k) => toyPair(`d${String(k).padStart(2, '0')}`, 3 + (k % 4), k + 1, k % 3 === 0 ? 100 + k : undefined));
    const sources = all.filter((_, k) => k % 5 !== 1).map((pair) => pair.source);
    const targets = all.filter((_, k) => k % 5 !== 2).map((pair) => pair.target);
    const forwards = pairDocuments(sources, targets);
    expect(forwards.pairs.length).toBeGreaterThan(4);
    expect(pairDocuments(reversed(sources), reversed(targets))).toEqual(forwards);
    expect(forwards.unpaired.source).toEqual([...forwards.unpaired.source].sort());
  });

  it('keeps the same one of two identical documents, the first by id, whichever is listed first', () => {
    const { source, target } = toyPair('x', 5, 7, 42);
    const a = { id: 'a.en', text: target.text };
    const b = { id: 'b.en', text: `${target.text}\n` };
    for (const targets of [[a, b], [b, a]]) {
      const result = pairDocuments([source], targets);
      expect(result.pairs.map((pair) => pair.target)).toEqual(['a.en']);
      expect(result.issues).toEqual([{ id: 'b.en', side: 'target', reason: 'duplicate of a.en' }]);
    }
  });
});

describe('detectLanguage', () => {
  it('tells Norwegian from English', () => {
    expect(detectLanguage('Det er ikke lett å si hvor mange som har mistet livet.').lang).toBe('nb');
    expect(detectLanguage('There were no immediate details on damage or casualties.').lang).toBe('en');
    expect(detectLanguage('Stepanakert').lang).toBeUndefined();
  });
});
