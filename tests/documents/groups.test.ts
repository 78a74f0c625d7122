import { describe, expect, it } from 'vitest';
import { fingerprintDocument } from '../../src/documents/fingerprint.js';
import { findGroups, GROUP_MARGIN } from '../../src/documents/groups.js';
import { EMPTY_LINKING, linkCandidates, type ScoredCandidate } from '../../src/documents/linking.js';
import { corpusDocument } from '../helpers/corpus.js';
import { fixtureLines } from '../helpers/gold.js';

// One English article; the first half of its Norwegian original (with captions the translation
// left out) and the second half as two documents; an unrelated Norwegian article.
const source = fixtureLines('nb-en-002.src');
const sources = [
  fingerprintDocument({ id: 'part-1', text: source.slice(1, 10).join('\n\n') }, 'nb'),
  fingerprintDocument({ id: 'part-2', text: source.slice(10).join('\n\n') }, 'nb'),
  fingerprintDocument({ id: 'other', text: corpusDocument('001').text }, 'nb'),
];
const targets = [fingerprintDocument({ id: 'en', text: fixtureLines('nb-en-002.tgt').join('\n\n') }, 'en')];
const candidate = (source: number, similarity: number, score: number): ScoredCandidate => ({ source, target: 0, similarity, score });
/** The second half paired with the target at `score`. */
const pairedAt = (score: number) => linkCandidates(EMPTY_LINKING, [candidate(1, 0.07, score)], 0.5);
const logit = (p: number) => Math.log(p / (1 - p));

describe('findGroups', () => {
  it('joins a part whose own score is far below the threshold when the whole explains the target', () => {
    // Read against the whole target, the first half's other half is forced into its alignment.
    const groups = findGroups([candidate(0, 0.06, 0.01), candidate(1, 0.07, 0.95)], sources, targets, pairedAt(0.95), 0.5, 1);
    expect(groups).toEqual([{ sources: [0, 1], target: 0, score: expect.any(Number) }]);
    expect(logit(groups[0]!.score)).toBeGreaterThanOrEqual(logit(0.95) + GROUP_MARGIN);
  });

  it('proposes no member that shares no rare evidence with the target (a candidate by length alone)', () => {
    expect(findGroups([candidate(0, 0, 0.3)], sources, targets, pairedAt(0.95), 0.5, 1)).toEqual([]);
  });

  it('leaves the pair as it is when an unrelated article is read with it', () => {
    expect(findGroups([candidate(2, 0.01, 0.2)], sources, targets, pairedAt(0.95), 0.5, 1)).toEqual([]);
  });

  it('keeps a pair that the group would beat by less than the margin', () => {
    const groups = findGroups([candidate(0, 0.06, 0.01)], sources, targets, pairedAt(0.95), 0.5, 1);
    const whole = groups[0]!.score;
    const close = 1 / (1 + Math.exp(-(logit(whole) - GROUP_MARGIN / 2)));
    expect(findGroups([candidate(0, 0.06, 0.01)], sources, targets, pairedAt(close), 0.5, 1)).toEqual([]);
  });

  it('reports no group below the threshold', () => {
    expect(findGroups([candidate(0, 0.06, 0.01), candidate(2, 0.01, 0.01)], sources, targets, EMPTY_LINKING, 0.9999, 1)).toEqual([]);
  });
});
