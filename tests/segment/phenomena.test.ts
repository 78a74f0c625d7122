import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/index.js';
import { ROOT } from '../helpers/corpus.js';
import { expectCoverage } from './coverage.js';

/** One fixture file: a phenomenon of one language and hand-written cases of it. */
interface PhenomenonFixture {
  phenomenon: string;
  cases: { text: string; sentences: string[] }[];
}

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'segment');

for (const lang of ['nb', 'en']) {
  const files = readdirSync(join(FIXTURES, lang)).filter((file) => file.endsWith('.json')).sort();
  describe(`segmentSentences by phenomenon, ${lang}`, () => {
    it('has a fixture for every phenomenon of the issue', () => {
      for (const name of ['abbreviation-initialism', 'address', 'colon', 'dialogue-hyphen', 'digit-start', 'emoticon', 'hyphen-bullets', 'lowercase-writing', 'question-exclamation', 'quotation']) {
        expect(files).toContain(`${name}.json`);
      }
    });
    for (const file of files) {
      const fixture: PhenomenonFixture = JSON.parse(readFileSync(join(FIXTURES, lang, file), 'utf8'));
      describe(`${file.replace(/\.json$/, '')}: ${fixture.phenomenon}`, () => {
        for (const { text, sentences } of fixture.cases) {
          it(JSON.stringify(text.length > 70 ? `${text.slice(0, 70)}…` : text), () => {
            const found = segmentSentences(text, { lang, html: false });
            expect(found.map((sentence) => sentence.text)).toEqual(sentences);
            expectCoverage(text, found);
          });
        }
      });
    }
  });
}
