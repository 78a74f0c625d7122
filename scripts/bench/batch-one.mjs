// Child process of npm run bench: bitekst batch over N synthetic records with a given number of jobs.
// Prints time, peak memory and, on Linux, memory over the run: the resident memory of the
// bitekst process (its main thread and workers) is sampled four times a second beside the
// number of records written so far, so that growth per record shows apart from the peak.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { random, root, translationPairs } from './synthetic.mjs';

// JOBS is a number of worker threads, or `parallel`: GNU parallel running one-job processes, one per core.
const size = Number(process.argv[2]);
const jobs = process.argv[3];
const { pairs, sourceLang, targetLang } = translationPairs();
const next = random(13);
const dir = mkdtempSync(join(tmpdir(), 'bitekst-bench-'));
const input = join(dir, 'in.jsonl');
const output = join(dir, 'out.jsonl');
// Written in slices, so that a million records never sit in memory as one string.
writeFileSync(input, '');
const slice = [];
const flush = () => {
  writeFileSync(input, slice.join(''), { flag: 'a' });
  slice.length = 0;
};
for (let index = 0; index < size; index += 1) {
  const picked = Array.from({ length: 6 }, () => pairs[Math.floor(next() * pairs.length)]);
  slice.push(JSON.stringify({ id: `r${index}`, source: picked.map(([s]) => s).join('\n'), target: picked.map(([, t]) => t).join('\n'), sourceLang, targetLang }) + '\n');
  if (slice.length === 10_000) flush();
}
flush();
const cli = [process.execPath, join(root, 'dist', 'cli.js')];

/** Resident and peak resident memory (KB) of a process, from /proc; undefined where there is none. */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Counts the lines a growing file has gained since the last call. */
function lineCounter(path) {
  let offset = 0;
  let lines = 0;
  const buffer = Buffer.alloc(1 << 20);
  return () => {
    if (!existsSync(path)) return lines;
    const fd = openSync(path, 'r');
    try {
      for (;;) {
        const read = readSync(fd, buffer, 0, buffer.length, offset);
        if (read === 0) break;
        offset += read;
        for (let index = 0; index < read; index += 1) if (buffer[index] === 10) lines += 1;
      }
    } finally {
      closeSync(fd);
    }
    return lines;
  };
}

const started = performance.now();
let maxRssKB;
let samples = [];
if (jobs === 'parallel') {
  // GNU time reports the peak resident memory of the largest bitekst process, in KB.
  const command = `parallel --pipe --keep-order -j ${availableParallelism()} --block 10M /usr/bin/time -a -o "${join(dir, 'rss')}" -f %M ${cli.join(' ')} batch - -o - --jobs 1 --quiet < "${input}" > "${output}"`;
  spawnSync('sh', ['-c', command], { stdio: 'ignore' });
  maxRssKB = Math.max(...readFileSync(join(dir, 'rss'), 'utf8').trim().split('\n').map(Number));
} else {
  const child = spawn(cli[0], [...cli.slice(1), 'batch', input, '-o', output, '--jobs', jobs, '--quiet'], { stdio: 'ignore' });
  const written = lineCounter(`${output}.partial`);
  let peak = 0;
  const sample = () => {
    const memory = memoryOf(child.pid);
    if (memory === undefined || !Number.isFinite(memory.rss)) return;
    peak = Math.max(peak, memory.peak || memory.rss);
    samples.push({ records: written(), rssKB: memory.rss });
  };
  const timer = setInterval(sample, 250);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`bitekst batch exited with ${code}`);
  maxRssKB = peak > 0 ? peak : undefined;
}
const seconds = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });

// Memory over the run: the highest resident memory while the first half of the records was
// written (after the first tenth, once the engine has warmed up) against the highest while the
// second half was: memory that is kept per record shows as growth; a flat run shows none.
const highest = (from, to) => Math.max(0, ...samples.filter((s) => s.records >= from * size && s.records < to * size).map((s) => s.rssKB)) / 1024;
const firstHalfMB = highest(0.1, 0.5);
const secondHalfMB = highest(0.5, 1.01);
const overRun = samples.length > 8 && firstHalfMB > 0 && secondHalfMB > 0 ? { firstHalfMB, secondHalfMB } : {};
console.log(JSON.stringify({ size, jobs, seconds, maxRssMB: maxRssKB === undefined ? undefined : maxRssKB / 1024, ...overRun }));
