import { type BeadType, beadTypes } from '../../src/score/beads.js';
import { describe, expect, it } from 'vitest';
import { bandAroundPath, fullBand } from '../../src/align/band.js';
import { DEFAULT_WEIGHTS } from '../../src/align/align.js';
import { buildSideEvidence } from '../../src/score/evidence.js';
import { createInterner } from '../../src/score/interner.js';
import { DEFAULT_SURVIVAL, documentFrequencies, prepareSide } from '../../src/score/prepare.js';
import { createBeadScorer, type BeadScorer, type ScoreParameters } from '../../src/score/scorer.js';

const NB = ['Regjeringen i Oslo la fram budsjettet for 2019.', 'Det kostet 30.000 kroner.', 'Stortinget vedtok det 27. mai.', 'Professor Hansen kom fra Bergen.'];
const EN = ['The government in Oslo presented the 2019 budget.', 'It cost 30,000 kroner.', 'Parliament adopted it on 27 May.', 'Professor Hansen came from Bergen.'];
const parameters: ScoreParameters = { ...DEFAULT_WEIGHTS, length: { ratio: 1, variance: 6.8 } };
const types = beadTypes(4, 5);

/** A scorer over the whole matrix of `source` × `target`, every cell filled in sweep order. */
function scorerFor(source: string[], target: string[], sourceLang = 'nb', targetLang = 'en'): BeadScorer {
  const interner = createInterner();
  const side = (texts: string[], lang: string, name: 's' | 't') =>
    buildSideEvidence({ texts, paragraphs: texts.map(() => 0), lang, rules: lang === 'nb' || lang === 'en' ? lang : undefined, side: name }, interner);
  const s = side(source, sourceLang, 's');
  const t = side(target, targetLang, 't');
  const band = fullBand(s.count, t.count, 1_000);
  const scorer = createBeadScorer(
    prepareSide(s, documentFrequencies(t, interner.size), t.count, DEFAULT_SURVIVAL),
    prepareSide(t, documentFrequencies(s, interner.size), s.count, DEFAULT_SURVIVAL),
    band,
    types,
    parameters,
  );
  for (let i = 1; i <= s.count; i += 1) for (let j = 1; j <= t.count; j += 1) scorer.fillCell(i, j, band.offsets[i]! + j - band.lo[i]!);
  return scorer;
}

const indexOf = (type: BeadType) => types.findIndex((candidate) => candidate.source === type.source && candidate.target === type.target);
const score = (scorer: BeadScorer, a: number, b: number, i: number, j: number) => scorer.score({ source: a, target: b }, indexOf({ source: a, target: b }), i, j);

describe('createBeadScorer', () => {
  const scorer = scorerFor(NB, EN);

  it('scores a sentence with its translation above it with a neighbour', () => {
    for (let k = 1; k <= 4; k += 1) {
      for (let other = 1; other <= 4; other += 1) if (other !== k) expect(score(scorer, 1, 1, k, k)).toBeGreaterThan(score(scorer, 1, 1, k, other));
    }
  });

  it('gives a cached bead the score its evidence, prior and length make afresh', () => {
    // 1-1 beads have no prior; the cache holds 32-bit floats.
    for (let k = 1; k <= 4; k += 1) expect(score(scorer, 1, 1, k, k)).toBeCloseTo(scorer.evidence(k - 1, 1, k - 1, 1), 4);
    // A true 2-1 bead (no orphan): its prior is −mergeCost.
    const merge = scorerFor(['Regjeringen la fram budsjettet i 2019.', 'Det kostet 30.000 kroner.'], ['The government presented the budget in 2019, which cost 30,000 kroner.']);
    expect(score(merge, 2, 1, 2, 1)).toBeCloseTo(merge.evidence(0, 2, 0, 1) - DEFAULT_WEIGHTS.mergeCost, 4);
  });

  it('is symmetric: the sides swapped give the transposed bead the same score', () => {
    const swapped = scorerFor(EN, NB, 'en', 'nb');
    for (const [a, b, i, j] of [[1, 1, 2, 2], [1, 1, 3, 1], [2, 1, 2, 1], [1, 2, 3, 4], [2, 2, 4, 4], [3, 1, 3, 1]] as const) {
      expect(score(swapped, b, a, j, i)).toBeCloseTo(score(scorer, a, b, i, j), 4);
    }
  });

  it('bounds every bead from above', () => {
    for (const type of types.filter((candidate) => candidate.source > 0 && candidate.target > 0)) {
      for (let i = type.source; i <= 4; i += 1) {
        for (let j = type.target; j <= 4; j += 1) expect(scorer.upperBound(type, indexOf(type), i, j)).toBeGreaterThanOrEqual(scorer.score(type, indexOf(type), i, j));
      }
    }
  });

  it('makes a merge whose extra half matches nothing lose to a 1-1 beside a 0-1', () => {
    const source = ['Statsminister Erna Solberg besøkte Tromsø og Narvik i 2019.'];
    const target = ['Prime Minister Erna Solberg visited Tromsø and Narvik in 2019.', 'Meanwhile, Liverpool beat Chelsea 3–1 at Anfield on Saturday.'];
    const merged = scorerFor(source, target);
    const asMerge = score(merged, 1, 2, 1, 2);
    const asPair = score(merged, 1, 1, 1, 1) + score(merged, 0, 1, 1, 2);
    expect(asPair).toBeGreaterThan(asMerge);
  });
});

describe('BeadScorer.over', () => {
  it('scores every bead of a wider band as a scorer made for that band does, the narrow one\'s work kept', () => {
    const interner = createInterner();
    const side = (texts: string[], lang: 'nb' | 'en', name: 's' | 't') => buildSideEvidence({ texts, paragraphs: texts.map(() => 0), lang, rules: lang, side: name }, interner);
    const s = side(NB, 'nb', 's');
    const t = side(EN, 'en', 't');
    const sourceSide = prepareSide(s, documentFrequencies(t, interner.size), t.count, DEFAULT_SURVIVAL);
    const targetSide = prepareSide(t, documentFrequencies(s, interner.size), s.count, DEFAULT_SURVIVAL);
    const diagonal = [0, 1, 2, 3, 4].map((k) => ({ i: k, j: k }));
    const narrow = bandAroundPath(diagonal, 4, 4, 0, 1_000);
    const whole = fullBand(4, 4, 1_000);
    const first = createBeadScorer(sourceSide, targetSide, narrow, types, parameters);
    for (let i = 1; i <= 4; i += 1) for (let j = narrow.lo[i]!; j <= narrow.hi[i]!; j += 1) if (j > 0) first.fillCell(i, j, narrow.offsets[i]! + j - narrow.lo[i]!);
    const before = score(first, 1, 1, 2, 2);
    const wider = first.over(whole);
    for (let i = 0; i <= 4; i += 1) for (let j = 0; j <= 4; j += 1) wider.prepare(i, j);
    const fresh = createBeadScorer(sourceSide, targetSide, whole, types, parameters);
    for (let i = 1; i <= 4; i += 1) for (let j = 1; j <= 4; j += 1) fresh.fillCell(i, j, whole.offsets[i]! + j - whole.lo[i]!);
    expect(score(wider, 1, 1, 2, 2)).toBe(before);
    for (const [a, b, i, j] of [[1, 1, 2, 3], [1, 1, 4, 1], [2, 1, 2, 1], [1, 2, 3, 4], [2, 2, 4, 4], [3, 1, 3, 1]] as const) {
      expect(score(wider, a, b, i, j)).toBeCloseTo(score(fresh, a, b, i, j), 6);
    }
  });
});
