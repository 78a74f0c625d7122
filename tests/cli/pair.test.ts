import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { manifest, ROOT } from '../helpers/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-pair-'));

describe('bitekst pair', () => {
  it('pairs a mixed folder (the corpus) as JSON', () => {
    const result = runCli(['pair', 'corpus']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.pairs).toHaveLength(1);
    expect(json.pairs[0]).toMatchObject({ source: '000_559091eebb7a8267.txt', target: '003_922ec93c98972236.txt' });
    expect(json.unpaired).toEqual({ source: ['001_9525a1a99ba7659c.txt', '002_b0810c2a63883fcb.txt'], target: ['004_89fc859657be52e4.txt'] });
  });

  it('pairs two folders, reports unreadable files, and writes alignments with --align', () => {
    const nb = join(dir, 'nb');
    const en = join(dir, 'en');
    const out = join(dir, 'out');
    mkdirSync(nb);
    mkdirSync(en);
    for (const document of manifest.documents) copyFileSync(join(ROOT, 'corpus', document.file), join(document.lang === 'nb' ? nb : en, document.file));
    writeFileSync(join(nb, 'broken.bin'), Buffer.from([0xff, 0xd8, 0x00, 0x10, 0xc3]));
    const result = runCli(['pair', nb, en, '--align', out, '--format', 'tsv']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/^000_559091eebb7a8267\.txt\t003_922ec93c98972236\.txt\t(?:0\.\d+|1)$/);
    expect(readdirSync(out).sort()).toEqual(['000_559091eebb7a8267.txt__003_922ec93c98972236.txt.beads', '000_559091eebb7a8267.txt__003_922ec93c98972236.txt.check.json']);
    const json = JSON.parse(runCli(['pair', nb, en]).stdout);
    expect(json.issues).toEqual([expect.objectContaining({ id: 'broken.bin', side: 'source' })]);
  });

  it('reads JSONL records', () => {
    const records = manifest.documents.slice(0, 4).map((document) => JSON.stringify({ id: document.file, lang: document.lang, text: runCli(['segment', join('corpus', document.file), '--lang', document.lang]).stdout }));
    const path = join(dir, 'records.jsonl');
    writeFileSync(path, records.join('\n') + '\nnot json\n');
    const json = JSON.parse(runCli(['pair', path]).stdout);
    expect(json.pairs.map((pair: { source: string }) => pair.source)).toEqual(['000_559091eebb7a8267.txt']);
    expect(json.issues[0].reason).toMatch(/line 5/);
  });

  it('exits 2 on a bad threshold and 3 on a missing folder', () => {
    expect(runCli(['pair', 'corpus', '--threshold', '7']).code).toBe(2);
    expect(runCli(['pair', join(dir, 'missing'), join(dir, 'missing2')]).code).toBe(3);
  });
});
