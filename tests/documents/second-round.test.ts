import { describe, expect, it } from 'vitest';
import { pairDocuments } from '../../src/index.js';
import { toyPair } from '../helpers/toy-bitext.js';

describe('the second round of pairing', () => {
  // Twelve pairs carry a case number each, which the index finds; one pair has none and shares no
  // spelling with its translation; one source and one target have no counterpart.
  const numbered = Array.from({ length: 12 }, (_, index) => toyPair(`case-${index}`, 8, index + 1, 41_000 + index * 137));
  const dialogue = toyPair('dialogue', 8, 99);
  const loneSource = toyPair('lone', 8, 123).source;
  const loneTarget = toyPair('other', 8, 321).target;
  const sources = [...numbered.map((pair) => pair.source), dialogue.source, loneSource];
  const targets = [loneTarget, dialogue.target, ...numbered.map((pair) => pair.target).reverse()];

  it('pairs a translation that shares nothing but words with its target, learnt from the other pairs', () => {
    const result = pairDocuments(sources, targets);
    const found = new Map(result.pairs.map((pair) => [pair.source, pair.target]));
    for (const pair of numbered) expect(found.get(pair.source.id)).toBe(pair.target.id);
    expect(found.get('dialogue.nb')).toBe('dialogue.en');
  });

  it('leaves documents without a counterpart unpaired', () => {
    const result = pairDocuments(sources, targets);
    expect(result.unpaired).toEqual({ source: ['lone.nb'], target: ['other.en'] });
    expect(result.pairs).toHaveLength(13);
  });

  it('does not pair the dialogue without the other pairs to learn from', () => {
    const result = pairDocuments([dialogue.source, loneSource], [loneTarget, dialogue.target]);
    expect(result.pairs.filter((pair) => pair.source === 'dialogue.nb' && pair.target === 'dialogue.en')).toEqual([]);
  });
});
