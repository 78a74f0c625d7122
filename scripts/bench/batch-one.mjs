// Child process of npm run bench: bitekst batch over N synthetic records with a given number of jobs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { random, root, translationPairs } from './synthetic.mjs';

// JOBS is a number of worker threads, or `parallel`: GNU parallel running one-job processes, one per core.
const size = Number(process.argv[2]);
const jobs = process.argv[3];
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
const cli = [process.execPath, join(root, 'dist', 'cli.js')];
// GNU time reports the peak resident memory of the largest process (the main thread and its
// workers; under parallel, the largest bitekst process), in KB.
const command =
  jobs === 'parallel'
    ? ['sh', '-c', `parallel --pipe --keep-order -j ${availableParallelism()} --block 10M /usr/bin/time -a -o "${join(dir, 'rss')}" -f %M ${cli.join(' ')} batch - -o - --jobs 1 --quiet < "${input}" > "${join(dir, 'out.jsonl')}"`]
    : ['/usr/bin/time', '-f', '%M', ...cli, 'batch', input, '-o', join(dir, 'out.jsonl'), '--jobs', jobs, '--quiet'];
const { stderr } = spawnSync(command[0], command.slice(1), { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
const seconds = (performance.now() - started) / 1000;
const rss = jobs === 'parallel' ? Math.max(...readFileSync(join(dir, 'rss'), 'utf8').trim().split('\n').map(Number)) : Number(stderr.trim().split('\n').at(-1));
console.log(JSON.stringify({ size, jobs, seconds, maxRssMB: rss / 1024 }));
