import { expect } from 'vitest';
import type { Sentence } from '../../src/index.js';

/** Every non-space character of `text` lies in exactly one span, and spans are in order. */
export function expectCoverage(text: string, sentences: readonly Sentence[]): void {
  const covered = new Uint8Array(text.length);
  let previousEnd = 0;
  for (const sentence of sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    for (let index = sentence.start; index < sentence.end; index += 1) covered[index]! += 1;
    previousEnd = sentence.end;
  }
  for (let index = 0; index < text.length; index += 1) {
    if (!/[\s\ufeff]/u.test(text[index]!)) expect(covered[index], `offset ${index} (${text[index]})`).toBe(1);
  }
}
