import { beadTypes } from '../../src/score/beads.js';
import { describe, expect, it } from 'vitest';
import { search, type SearchLimits, type SearchRequest } from '../../src/align/search.js';
import { DEFAULT_WEIGHTS } from '../../src/align/align.js';
import { buildSideEvidence } from '../../src/score/evidence.js';
import { createInterner } from '../../src/score/interner.js';
import { DEFAULT_SURVIVAL } from '../../src/score/prepare.js';
import { toySentences } from '../helpers/toy-bitext.js';

/** A request for a toy pair of `count` numbered sentence pairs, with a target-only sentence every 50 and a block of 12 source-only sentences in the middle. */
function toyRequest(count: number, limits: Partial<SearchLimits> = {}): SearchRequest {
  const source: string[] = [];
  const target: string[] = [];
  toySentences(count, 3).forEach(([nb, en], index) => {
    source.push(`${nb.slice(0, -1)} i ${1000 + index}.`);
    if (index < count / 2 || index >= count / 2 + 12) target.push(`${en.slice(0, -1)} in ${1000 + index}.`);
    if (index % 50 === 0) target.push('Photo: NTB');
  });
  const interner = createInterner();
  const side = (texts: string[], lang: 'nb' | 'en', name: 's' | 't') => buildSideEvidence({ texts, paragraphs: texts.map(() => 0), lang, rules: lang, side: name }, interner);
  const sourceSide = side(source, 'nb', 's');
  const targetSide = side(target, 'en', 't');
  return {
    source: sourceSide,
    target: targetSide,
    keyCount: interner.size,
    types: beadTypes(2, 4),
    parameters: { ...DEFAULT_WEIGHTS, length: { ratio: 1, variance: 6.8 } },
    survival: DEFAULT_SURVIVAL,
    limits: { fullCells: 300_000, coarseFullCells: 40_000, bandWidth: 8, maxCells: 40_000_000, ...limits },
  };
}

const shapes = (result: ReturnType<typeof search>) => result.beads.map((bead) => `${bead.sourceStart}+${bead.sourceCount}:${bead.targetStart}+${bead.targetCount}`);

describe('search', () => {
  it('searches a small matrix whole', () => {
    const request = toyRequest(100);
    const result = search(request);
    expect(result.cells).toBe((request.source.count + 1) * (request.target.count + 1));
    expect(result.path[0]).toEqual({ i: 0, j: 0 });
    expect(result.path.at(-1)).toEqual({ i: request.source.count, j: request.target.count });
  });

  const whole = search(toyRequest(800, { fullCells: 2_000_000 }));

  it('finds, coarse to fine in a fraction of the cells, the path the whole matrix gives', () => {
    const banded = search(toyRequest(800));
    expect(whole.cells).toBe(801 * (whole.path.at(-1)!.j + 1));
    expect(banded.cells).toBeLessThan(whole.cells / 3);
    expect(shapes(banded)).toEqual(shapes(whole));
  });

  it('finds the block missing on one side even with a band narrower than the block', () => {
    const narrow = search(toyRequest(800, { bandWidth: 2 }));
    expect(shapes(narrow)).toEqual(shapes(whole));
  });
});
