import { expect } from 'vitest';
import type { Sentence } from '../../src/index.js';

/** Every non-space character of `text` lies in exactly one span, and spans are in order. */
export function expectCoverage(text: string, sentences: readonly Sentence[]): void {
  const covered = new Uint8Array(text.length);
  let previousEnd = 0;
  let disorder = -1;
  for (const [index, sentence] of sentences.entries()) {
    if ((sentence.start < previousEnd || sentence.end <= sentence.start) && disorder === -1) disorder = index;
    for (let offset = sentence.start; offset < sentence.end; offset += 1) covered[offset]! += 1;
    previousEnd = sentence.end;
  }
  expect(disorder, 'first sentence out of order or empty').toBe(-1);
  let wrong = -1;
  for (let offset = 0; offset < text.length && wrong === -1; offset += 1) {
    if (covered[offset] !== 1 && !/[\s\ufeff]/u.test(text[offset]!)) wrong = offset;
  }
  expect(wrong, wrong === -1 ? '' : `offset ${wrong} (${text[wrong]}) covered ${covered[wrong]} times`).toBe(-1);
}
