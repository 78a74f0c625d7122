import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-align-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const pair = ['corpus/000_559091eebb7a8267.txt', 'corpus/003_922ec93c98972236.txt'];

describe('bitekst align', () => {
  it('prints beads in the vecalign format by default', () => {
    const result = runCli(['align', ...pair]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(35);
    expect(lines[2]).toMatch(/^\[0\]:\[2\]:(0|1)\.\d{3}$/);
  });

  it('aligns pre-segmented files line by line', () => {
    const source = file('s.txt', 'Hunden sov i 2019.\nKatten lekte med 30.000 baller.\n');
    const target = file('t.txt', 'The dog slept in 2019.\nThe cat played with 30,000 balls.\n');
    const result = runCli(['align', source, target, '--presegmented']);
    expect(result.stdout.replace(/:\d\.\d{3}/g, '')).toBe('[0]:[0]\n[1]:[1]\n');
  });

  it('prints JSON, TSV and a side-by-side text view', () => {
    const json = JSON.parse(runCli(['align', ...pair, '--format', 'json']).stdout);
    expect(json).toMatchObject({ sourceLang: 'nb', targetLang: 'en' });
    expect(json.beads).toHaveLength(35);
    const tsv = runCli(['align', ...pair, '--format', 'tsv']).stdout.split('\n');
    expect(tsv[2]!.split('\t')).toHaveLength(4);
    const text = runCli(['align', ...pair, '--format', 'text']).stdout;
    expect(text).toMatch(/nb │ Opprustning/);
    expect(text).toMatch(/only in target/);
  });

  it('warns about an empty side and aligns the other side as unaligned', () => {
    const result = runCli(['align', file('empty.txt', ''), pair[1]!]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/no text found/);
    expect(result.stdout.trimEnd().split('\n').every((line) => line.startsWith('[]:['))).toBe(true);
  });

  it('exits 2 on usage errors and 3 on a missing file', () => {
    expect(runCli(['align', pair[0]!]).code).toBe(2);
    expect(runCli(['align', ...pair, '--format', 'xml']).code).toBe(2);
    expect(runCli(['align', pair[0]!, join(dir, 'missing.txt')]).code).toBe(3);
  });
});
