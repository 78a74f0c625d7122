import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSentences, checkDivergences, formatJson, formatLadder, formatMoses, formatTsv, parseJson, parseLadder, parseMoses, parseTsv } from '../../src/index.js';
import { corpusDocument, ROOT } from '../helpers/corpus.js';

const alignment = alignSentences(corpusDocument('000').text, corpusDocument('003').text);

describe('formatMoses', () => {
  it('skips unaligned beads unless asked, and keeps the files line-aligned', () => {
    const plain = formatMoses(alignment);
    expect(plain.source.split('\n')).toHaveLength(plain.target.split('\n').length);
    expect(plain.source.trimEnd().split('\n')).toHaveLength(17);
    const all = formatMoses(alignment, { unaligned: true });
    expect(all.target.trimEnd().split('\n')).toHaveLength(35);
  });

  it('refuses files of different lengths', () => {
    expect(() => parseMoses('a\nb\n', 'a\n')).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
  });
});

describe('formatTsv', () => {
  it('writes source, target, score and the findings of each bead', () => {
    const { findings } = checkDivergences(alignment);
    const lines = formatTsv(alignment, { findings }).split('\n');
    expect(lines[0]).toBe('source\ttarget\tscore\tfindings');
    expect(lines[1]).toMatch(/^\tNagorno-Karabakh enclave – Hard fighting\t1\taddition\/heading$/);
  });

  it('refuses a line without a score with E_TSV and its line number', () => {
    expect(() => parseTsv('source\ttarget\tscore\na\tb\n')).toThrow(expect.objectContaining({ code: 'E_TSV', line: 2 }));
  });
});

describe('formatLadder', () => {
  it('writes rungs at the start of each bead and a closing rung', () => {
    expect(formatLadder(alignment.beads.slice(0, 3))).toBe('0\t0\t1\n0\t1\t1\n0\t2\t' + alignment.beads[2]!.score + '\n1\t3\t1\n');
    expect(() => parseLadder('0\t0\t1\n2\t1\t1\n1\t2\t1\n')).toThrow(expect.objectContaining({ code: 'E_INPUT', line: 3 }));
  });
});

describe('formatJson', () => {
  it('writes what the shipped JSON Schema requires', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'alignment.schema.json'), 'utf8'));
    const json = JSON.parse(formatJson(alignment, { findings: checkDivergences(alignment).findings }));
    for (const key of schema.required) expect(json).toHaveProperty(key);
    expect(json.format).toBe(schema.properties.format.const);
    for (const key of schema.$defs.finding.required) expect(json.findings[0]).toHaveProperty(key);
  });

  it('refuses a bead that points past the sentences, naming the path', () => {
    const json = JSON.parse(formatJson(alignment));
    json.beads[3].target = [999];
    expect(() => parseJson(JSON.stringify(json))).toThrow(/beads\[3\]\.target\[0\]/);
    expect(() => parseJson('{ nope')).toThrow(expect.objectContaining({ code: 'E_JSON' }));
  });
});
