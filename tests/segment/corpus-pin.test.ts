import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/index.js';
import { corpusDocuments, ROOT } from '../helpers/corpus.js';

const pinned: { documents: Record<string, [number, number, number][]> } = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'fixtures', 'segment', 'corpus-spans.json'), 'utf8'),
);

describe('segmentSentences keeps the corpus articles as they were segmented', () => {
  for (const document of corpusDocuments()) {
    it(`segments ${document.file} exactly as pinned`, () => {
      const spans = segmentSentences(document.text, { lang: document.lang }).map((sentence) => [sentence.start, sentence.end, sentence.paragraph]);
      expect(spans).toEqual(pinned.documents[document.file]);
    });
  }
});
