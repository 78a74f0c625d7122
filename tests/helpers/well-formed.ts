import { expect } from 'vitest';
import type { Alignment } from '../../src/index.js';

/** Every sentence of both sides in exactly one bead, in order, with a score in [0, 1]. */
export function expectWellFormed(alignment: Alignment): void {
  let nextSource = 0;
  let nextTarget = 0;
  for (const bead of alignment.beads) {
    expect(bead.source.length + bead.target.length).toBeGreaterThan(0);
    for (const index of bead.source) expect(index).toBe(nextSource++);
    for (const index of bead.target) expect(index).toBe(nextTarget++);
    expect(bead.score).toBeGreaterThanOrEqual(0);
    expect(bead.score).toBeLessThanOrEqual(1);
  }
  expect(nextSource).toBe(alignment.source.length);
  expect(nextTarget).toBe(alignment.target.length);
}
