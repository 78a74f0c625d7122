import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-formats-'));
const pair = ['corpus/000_559091eebb7a8267.txt', 'corpus/003_922ec93c98972236.txt'];

describe('bitekst align --format', () => {
  it('writes TMX, TSV, ladder, JSON and HTML', () => {
    expect(runCli(['align', ...pair, '--format', 'tmx']).stdout).toContain('<tmx version="1.4">');
    expect(runCli(['align', ...pair, '--format', 'tsv']).stdout.split('\n')[0]).toBe('source\ttarget\tscore\tfindings');
    expect(runCli(['align', ...pair, '--format', 'ladder']).stdout.trimEnd().split('\n').at(-1)).toBe('18\t34\t1');
    expect(JSON.parse(runCli(['align', ...pair, '--format', 'json']).stdout).format).toBe('bitekst-alignment/1');
    expect(runCli(['align', ...pair, '--format', 'html']).stdout).toMatch(/^<!DOCTYPE html>/);
  });

  it('writes Moses files with -o PREFIX, and refuses moses without it', () => {
    const prefix = join(dir, 'corpus');
    expect(runCli(['align', ...pair, '--format', 'moses', '-o', prefix]).code).toBe(0);
    expect(readFileSync(`${prefix}.nb`, 'utf8').split('\n')).toHaveLength(readFileSync(`${prefix}.en`, 'utf8').split('\n').length);
    expect(runCli(['align', ...pair, '--format', 'moses']).code).toBe(2);
  });

  it('reports an unwritable output with exit 3 and leaves no partial file', () => {
    const result = runCli(['align', ...pair, '--format', 'tmx', '-o', join(dir, 'missing', 'out.tmx')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/cannot write/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('bitekst convert', () => {
  it('converts TMX to TSV and JSON to TMX, keeping the beads (every bead written with --include-unaligned --min-score 0)', () => {
    const tmx = join(dir, 'a.tmx');
    runCli(['align', ...pair, '--format', 'tmx', '--include-unaligned', '--min-score', '0', '-o', tmx]);
    const tsv = runCli(['convert', tmx, '--from', 'tmx', '--to', 'tsv']);
    expect(tsv.code).toBe(0);
    expect(tsv.stdout.trimEnd().split('\n')).toHaveLength(36);
    const json = join(dir, 'a.json');
    runCli(['convert', tmx, '--from', 'tmx', '--to', 'json', '-o', json]);
    const back = runCli(['convert', json, '--from', 'json', '--to', 'beads']);
    expect(back.stdout).toBe(runCli(['align', ...pair]).stdout);
  });

  it('exits 3 with the line of a malformed TMX, and 2 without --from/--to', () => {
    const bad = join(dir, 'bad.tmx');
    writeFileSync(bad, '<tmx version="1.4">\n<header srclang="nb"/>\n<body><tu></body></tmx>');
    const result = runCli(['convert', bad, '--from', 'tmx', '--to', 'json']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/TMX at line 3/);
    expect(runCli(['convert', bad]).code).toBe(2);
  });
});

describe('bitekst report', () => {
  it('writes one self-contained HTML file', () => {
    const file = join(dir, 'report.html');
    const result = runCli(['report', ...pair, '-o', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/wrote .*report\.html: 18 findings/);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<style>');
    expect(html).toContain('Opprustning');
  });
});
