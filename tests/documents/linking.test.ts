import { describe, expect, it } from 'vitest';
import { EMPTY_LINKING, linkCandidates, linkedScore, releaseTargets } from '../../src/documents/linking.js';

describe('linkCandidates', () => {
  it('links the best candidates first, each document once, none below the floor', () => {
    const linking = linkCandidates(
      EMPTY_LINKING,
      [
        { source: 0, target: 0, similarity: 0.5, score: 0.7 },
        { source: 0, target: 1, similarity: 0.5, score: 0.9 },
        { source: 1, target: 1, similarity: 0.5, score: 0.8 },
        { source: 1, target: 0, similarity: 0.5, score: 0.6 },
        { source: 2, target: 2, similarity: 0.5, score: 0.4 },
      ],
      0.5,
    );
    expect([...linking.sourceTaken]).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(linkedScore(linking, 1)).toBe(0.9);
    expect(linkedScore(linking, 2)).toBe(0);
  });

  it('keeps earlier links in later rounds, releases a pair on request, and changes no input', () => {
    const first = linkCandidates(EMPTY_LINKING, [{ source: 0, target: 0, similarity: 0, score: 0.9 }], 0.5);
    const second = linkCandidates(first, [{ source: 1, target: 0, similarity: 0, score: 0.99 }], 0.5);
    expect(second.targetTaken.get(0)).toBe(0);
    const released = releaseTargets(second, [0]);
    expect(released.sourceTaken.size + released.targetTaken.size).toBe(0);
    expect(second.targetTaken.get(0)).toBe(0);
    expect(linkCandidates(released, [{ source: 1, target: 0, similarity: 0, score: 0.99 }], 0.5).targetTaken.get(0)).toBe(1);
    expect(EMPTY_LINKING.sourceTaken.size).toBe(0);
  });
});
