import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const COUNT = 5000;
const dir = mkdtempSync(join(tmpdir(), 'bitekst-cluster-'));
const input = join(dir, 'in.jsonl');
const lines = Array.from({ length: COUNT }, (_, index) =>
  index === 1234 ? '{"id":"broken",' : JSON.stringify({ id: `r${index}`, source: `Han betalte ${index} kroner.`, target: `He paid ${index} kroner.` }),
);
writeFileSync(input, lines.join('\n') + '\n');
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

describe('bitekst batch as a filter for cluster engines', () => {
  const single = join(dir, 'single.jsonl');

  it('in one process: one output line per input line, in order (exit 5: one record failed)', () => {
    expect(runCli(['batch', input, '-o', single, '--quiet']).code).toBe(5);
    expect(readFileSync(single, 'utf8').split('\n')).toHaveLength(COUNT + 1);
  }, 300_000);

  it.skipIf(!hasParallel)('through GNU parallel --pipe --keep-order: the same output, line for line', () => {
    const command = `parallel --pipe --keep-order -j 2 --block 1M "${process.execPath}" "${CLI}" batch - -o - --jobs 1 --quiet < "${input}"`;
    const result = spawnSync('sh', ['-c', command], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    // parallel's exit status counts the jobs that failed: the one whose block holds the broken record.
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toEqual(readFileSync(single, 'utf8').split('\n'));
  }, 300_000);
  if (!hasParallel) it.skip('GNU parallel is not installed (Debian: apt-get install parallel): its run is skipped', () => undefined);

  it('with --shard K/3, joined in input order: the same output, line for line', () => {
    const byId = new Map<string, string>();
    for (let shard = 1; shard <= 3; shard += 1) {
      const output = join(dir, `shard-${shard}.jsonl`);
      expect([0, 5]).toContain(runCli(['batch', input, '-o', output, '--shard', `${shard}/3`, '--quiet']).code);
      for (const line of readFileSync(output, 'utf8').trim().split('\n')) byId.set((JSON.parse(line) as { id: string }).id, line);
    }
    expect(byId.size).toBe(COUNT);
    const joined = lines.map((line, index) => byId.get(index === 1234 ? `line-${index + 1}` : `r${index}`)!);
    expect(joined).toEqual(readFileSync(single, 'utf8').trim().split('\n'));
  }, 300_000);
});
