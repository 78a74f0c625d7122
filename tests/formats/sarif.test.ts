import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/formats/sarif.js';
import type { Alignment, DivergenceReport, Finding } from '../../src/types.js';
import { VERSION } from '../../src/version.js';

const sourceText = 'Hei. Krigen krevde 30.000 liv.\n\nFoto: NTB';
const targetText = 'Hello.\nThe war claimed 3,000 lives.';

const alignment: Alignment = {
  sourceLang: 'nb',
  targetLang: 'en',
  source: [
    { start: 0, end: 4, text: 'Hei.', paragraph: 0 },
    { start: 5, end: 30, text: 'Krigen krevde 30.000 liv.', paragraph: 0 },
    { start: 32, end: 41, text: 'Foto: NTB', paragraph: 1 },
  ],
  target: [
    { start: 0, end: 6, text: 'Hello.', paragraph: 0 },
    { start: 7, end: 35, text: 'The war claimed 3,000 lives.', paragraph: 0 },
  ],
  beads: [
    { source: [0], target: [0], score: 1 },
    { source: [1], target: [1], score: 0.8 },
    { source: [2], target: [], score: 0.9 },
  ],
  model: { lengthRatio: 1, lengthVariance: 0, lexiconSize: 0, passes: 1, cells: 9, evidence: 1 },
};

const number: Finding = {
  id: 'number-1',
  kind: 'number',
  severity: 'error',
  source: [1],
  target: [1],
  message: 'The number 30.000 became 3,000.',
  evidence: { sourceValue: 30000, targetValue: 3000 },
};
const credit: Finding = { id: 'omission-2', kind: 'omission', subkind: 'photo-credit', severity: 'info', source: [2], target: [], message: 'A photo credit is not translated.', evidence: {} };
const length: Finding = { id: 'length-1', kind: 'length', severity: 'warning', source: [1], target: [1], message: 'The translation is short.', evidence: { score: 0.4 } };

const report = (findings: Finding[]): DivergenceReport => ({
  alignment,
  findings,
  summary: { kinds: {}, severities: { error: 0, warning: 0, info: 0 }, coverage: { source: 1, target: 1 } },
});

describe('formatSarif', () => {
  const uris = { sourceUri: 'nb/article.txt', targetUri: 'en/article.txt' };

  it('writes a SARIF 2.1.0 log naming bitekst and one rule per finding kind, in order of appearance', () => {
    const text = formatSarif(report([number, credit, length, { ...number, id: 'number-2' }]), uris);
    expect(text.endsWith('}\n')).toBe(true);
    const log = JSON.parse(text);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'bitekst', version: VERSION });
    expect(log.runs[0].tool.driver.rules).toEqual([
      { id: 'number', shortDescription: { text: 'translation divergence: number' } },
      { id: 'omission', shortDescription: { text: 'translation divergence: omission' } },
      { id: 'length', shortDescription: { text: 'translation divergence: length' } },
    ]);
    expect(log.runs[0].results.map((result: { ruleId: string; level: string }) => [result.ruleId, result.level])).toEqual([
      ['number', 'error'],
      ['omission', 'note'],
      ['length', 'warning'],
      ['number', 'error'],
    ]);
  });

  it('places a finding at its target sentence, with line and column when the text is given', () => {
    const [result] = JSON.parse(formatSarif(report([number]), { ...uris, sourceText, targetText })).runs[0].results;
    expect(result).toEqual({
      ruleId: 'number',
      level: 'error',
      message: { text: 'The number 30.000 became 3,000.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'en/article.txt' }, region: { startLine: 2, startColumn: 1, charOffset: 7, charLength: 28 } } }],
      partialFingerprints: { bitekstFindingId: 'number-1' },
      properties: { source: [1], target: [1], evidence: { sourceValue: 30000, targetValue: 3000 } },
    });
  });

  it('places an omission at its source sentence', () => {
    const [result] = JSON.parse(formatSarif(report([credit]), { ...uris, sourceText, targetText })).runs[0].results;
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'nb/article.txt' }, region: { startLine: 3, startColumn: 1, charOffset: 32, charLength: 9 } });
    expect(result.properties.subkind).toBe('photo-credit');
  });

  it('counts the column from the start of the line', () => {
    const inLine: Finding = { ...credit, source: [1] };
    const [result] = JSON.parse(formatSarif(report([inLine]), { ...uris, sourceText })).runs[0].results;
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 6, charOffset: 5, charLength: 25 });
  });

  it('takes sentence i as line i + 1 without the text', () => {
    const results = JSON.parse(formatSarif(report([number, credit]), uris)).runs[0].results;
    expect(results.map((result: { locations: [{ physicalLocation: { region: unknown } }] }) => result.locations[0].physicalLocation.region)).toEqual([
      { startLine: 2, startColumn: 1 },
      { startLine: 3, startColumn: 1 },
    ]);
  });

  it('writes an empty run for a report without findings', () => {
    const run = JSON.parse(formatSarif(report([]), uris)).runs[0];
    expect(run.tool.driver.rules).toEqual([]);
    expect(run.results).toEqual([]);
  });
});
