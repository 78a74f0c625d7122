import { describe, expect, it } from 'vitest';
import { createDuplicateIds } from '../../src/batch/duplicate-ids.js';

describe('createDuplicateIds', () => {
  it('tells a repeated id from a new one, across growth of its table', () => {
    const ids = createDuplicateIds();
    for (let index = 0; index < 50_000; index += 1) expect(ids.seen(`r${index}`)).toBe(false);
    expect(ids.seen('r0')).toBe(true);
    expect(ids.seen('r49999')).toBe(true);
    expect(ids.seen('r50000')).toBe(false);
    expect(ids.full).toBe(false);
  });

  it('keeps ids that differ in one character apart', () => {
    const ids = createDuplicateIds();
    expect(ids.seen('ab')).toBe(false);
    expect(ids.seen('ba')).toBe(false);
    expect(ids.seen('')).toBe(false);
    expect(ids.seen('')).toBe(true);
  });
});
