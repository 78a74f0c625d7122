import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { processRecord } from '../../src/batch/record.js';
import { corpusDocument } from '../helpers/corpus.js';

const source = corpusDocument('000').text;
const target = corpusDocument('003').text;
const line = JSON.stringify({ id: 'p1', source, target });

describe('processRecord', () => {
  it('gives the beads alignSentences gives, with and without the checks', () => {
    const { beads } = alignSentences(source, target, { sourceLang: 'nb', targetLang: 'en' });
    for (const check of [true, false]) {
      const output = JSON.parse(processRecord(line, 0, { sourceLang: 'nb', targetLang: 'en', check }).line);
      expect(output.beads).toEqual(beads);
      expect('findings' in output).toBe(check);
    }
  });

  it('turns a record it cannot read into an error record with a typed code', () => {
    const output = processRecord('{"id": 7, "source": 1}', 3, { sourceLang: 'nb', targetLang: 'en', check: true });
    expect(output.ok).toBe(false);
    expect(JSON.parse(output.line)).toMatchObject({ id: '7', error: { code: 'E_INPUT' } });
    expect(JSON.parse(processRecord('not json', 4, { sourceLang: 'nb', targetLang: 'en', check: true }).line).error.code).toBe('E_JSON');
  });
});
