import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocument } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-revise-'));
const oldPath = join(dir, 'old.txt');
const newPath = join(dir, 'new.txt');
writeFileSync(oldPath, corpusDocument('000').text);
writeFileSync(newPath, corpusDocument('000').text.replace('30.000 liv', '36.000 liv'));
const target = 'corpus/003_922ec93c98972236.txt';

describe('bitekst revise', () => {
  it('lists the stale translation with the change inline, and fails with --fail-on stale', () => {
    const result = runCli(['revise', oldPath, newPath, target, '--fail-on', 'stale']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^1 translated sentence is stale/);
    expect(result.stdout).toContain('[-30-]{+36+}');
  });

  it('exits 0 when nothing is stale, and writes JSON and HTML', () => {
    expect(runCli(['revise', oldPath, oldPath, target, '--fail-on', 'stale']).code).toBe(0);
    const json = JSON.parse(runCli(['revise', oldPath, newPath, target, '--format', 'json']).stdout);
    expect(json.targets.find((entry: { target: number }) => entry.target === 20).status).toBe('stale');
    expect(runCli(['revise', oldPath, newPath, target, '--format', 'html']).stdout).toMatch(/^<!DOCTYPE html>/);
  });
});
