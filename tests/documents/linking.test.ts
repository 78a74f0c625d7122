import { describe, expect, it } from 'vitest';
import { createLinking } from '../../src/documents/linking.js';

describe('createLinking', () => {
  it('links the best candidates first, each document once, none below the floor', () => {
    const linking = createLinking();
    linking.link(
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
    expect(linking.scoreOf(1)).toBe(0.9);
    expect(linking.scoreOf(2)).toBe(0);
  });

  it('keeps earlier links in later rounds and releases a pair on request', () => {
    const linking = createLinking();
    linking.link([{ source: 0, target: 0, similarity: 0, score: 0.9 }], 0.5);
    linking.link([{ source: 1, target: 0, similarity: 0, score: 0.99 }], 0.5);
    expect(linking.targetTaken.get(0)).toBe(0);
    linking.release(0, 0);
    expect(linking.sourceTaken.size + linking.targetTaken.size).toBe(0);
    linking.link([{ source: 1, target: 0, similarity: 0, score: 0.99 }], 0.5);
    expect(linking.targetTaken.get(0)).toBe(1);
  });
});
