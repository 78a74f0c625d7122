// Child process of npm run bench: bitekst batch over N synthetic records with a given number of jobs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { random, root, translationPairs } from './synthetic.mjs';

const [size, jobs] = process.argv.slice(2).map(Number);
const { pairs, sourceLang, targetLang } = translationPairs();
const next = random(13);
const dir = mkdtempSync(join(tmpdir(), 'bitekst-bench-'));
const input = join(dir, 'in.jsonl');
const lines = [];
for (let index = 0; index < size; index += 1) {
  const picked = Array.from({ length: 6 }, () => pairs[Math.floor(next() * pairs.length)]);
  lines.push(JSON.stringify({ id: `r${index}`, source: picked.map(([s]) => s).join('\n'), target: picked.map(([, t]) => t).join('\n'), sourceLang, targetLang }));
}
writeFileSync(input, lines.join('\n') + '\n');
const started = performance.now();
// GNU time reports the peak resident memory of the whole run (main thread and workers), in KB.
const { stderr } = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'dist', 'cli.js'), 'batch', input, '-o', join(dir, 'out.jsonl'), '--jobs', String(jobs), '--quiet'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ size, jobs, seconds, maxRssMB: Number(stderr.trim().split('\n').at(-1)) / 1024 }));
