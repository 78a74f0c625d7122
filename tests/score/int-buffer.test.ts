import { describe, expect, it } from 'vitest';
import { createIntBuffer } from '../../src/score/int-buffer.js';

describe('createIntBuffer', () => {
  it('keeps every value pushed, in order, across growth', () => {
    const buffer = createIntBuffer(1);
    const values = Array.from({ length: 1000 }, (_, index) => (index * 7919) % 1000 - 500);
    for (const value of values) buffer.push(value);
    expect(buffer.length).toBe(1000);
    expect([...buffer.toInt32Array()]).toEqual(values);
  });

  it('gives an array of its own length, not a view of the storage', () => {
    const buffer = createIntBuffer();
    buffer.push(3);
    const first = buffer.toInt32Array();
    buffer.push(4);
    expect([...first]).toEqual([3]);
    expect(first.buffer.byteLength).toBe(4);
  });
});
