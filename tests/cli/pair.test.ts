import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { manifest, ROOT } from '../helpers/corpus.js';
import { toyPair } from '../helpers/toy-bitext.js';

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

  it('gives the same result on worker threads (--jobs 2) as in one thread, unreadable files and all', () => {
    const nb = join(dir, 'jobs-nb');
    const en = join(dir, 'jobs-en');
    mkdirSync(nb);
    mkdirSync(en);
    // 40 translation pairs (a third without a number), 10 documents on each side with no counterpart.
    for (let index = 0; index < 60; index += 1) {
      const { source, target } = toyPair(`doc${index}`, 4 + (index % 5), index, index % 3 === 0 ? undefined : 1000 + index * 37);
      if (index < 50) writeFileSync(join(nb, `${source.id}.txt`), source.text);
      if (index < 40 || index >= 50) writeFileSync(join(en, `${target.id}.txt`), target.text);
    }
    writeFileSync(join(en, 'broken.bin'), Buffer.from([0xff, 0xd8, 0x00, 0x10, 0xc3]));
    const one = runCli(['pair', nb, en, '--jobs', '1']);
    const two = runCli(['pair', nb, en, '--jobs', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const json = JSON.parse(two.stdout);
    const right = json.pairs.filter((pair: { source: string; target: string }) => pair.source.replace('.nb.txt', '') === pair.target.replace('.en.txt', ''));
    expect(right.length).toBe(json.pairs.length);
    expect(right.length).toBeGreaterThanOrEqual(36);
    expect(json.issues).toEqual([expect.objectContaining({ id: 'broken.bin', side: 'target' })]);
  });

  it('exits 2 on a --jobs that is not a whole number of 1 or more', () => {
    for (const jobs of ['0', '1.5', 'two']) expect(runCli(['pair', 'corpus', '--jobs', jobs]).code).toBe(2);
  });

  it('stops with E_WORKER and exit code 4, not a hang, when a pairing worker runs out of memory', () => {
    const nb = join(dir, 'oom-nb');
    const en = join(dir, 'oom-en');
    mkdirSync(nb);
    mkdirSync(en);
    const { source, target } = toyPair('small', 5, 1, 1234);
    writeFileSync(join(nb, 'small.txt'), source.text);
    writeFileSync(join(en, 'small.txt'), target.text);
    // About 3.6 MB of text in one document: far past a 16 MB heap once analysed.
    writeFileSync(join(nb, 'huge.txt'), Array.from({ length: 60_000 }, (_, index) => `Setning nummer ${index} handler om noe annet enn den forrige.`).join(' '));
    const result = runCli(['pair', nb, en, '--jobs', '2', '--worker-memory', '16']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/pairing worker stopped .*memory.*--jobs 1/);
    expect(result.stdout).toBe('');
  });
});
