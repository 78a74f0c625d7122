import { describe, expect, it } from 'vitest';
import { SurfaceTable } from '../../src/text/surface-table.js';

describe('SurfaceTable', () => {
  it('finds a stretch of text by its characters, wherever it stands, and keeps indices through growth', () => {
    const table = new SurfaceTable();
    const text = 'the cat and the hat';
    const find = (from: number, end: number) => table.find(text, from, end, SurfaceTable.hash(text, from, end));
    expect(find(0, 3)).toBe(-1);
    expect(table.add('the', SurfaceTable.hash(text, 0, 3))).toBe(0);
    expect(find(12, 15)).toBe(0);
    expect(find(4, 7)).toBe(-1);
    const words = Array.from({ length: 3000 }, (_, index) => `w${index}`);
    words.forEach((word, index) => expect(table.add(word, SurfaceTable.hash(word, 0, word.length))).toBe(index + 1));
    words.forEach((word, index) => expect(table.find(word, 0, word.length, SurfaceTable.hash(word, 0, word.length))).toBe(index + 1));
    expect(find(16, 19)).toBe(-1);
    expect(table.size).toBe(3001);
  });
});
