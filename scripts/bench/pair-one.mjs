// Child process of npm run bench: pairs two synthetic collections of about N articles per side.
// `pair-one.mjs N` runs pairDocuments in this process; `pair-one.mjs N JOBS` writes the two
// collections to a temporary folder and runs the CLI (`bitekst pair --jobs JOBS`) on them, timed
// by /usr/bin/time where present (user CPU time of all its threads, peak memory of the process).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pairDocuments } from '../../dist/index.js';
import { random, root, translationPairs } from './synthetic.mjs';

const size = Number(process.argv[2]);
const jobs = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const { pairs, sourceLang, targetLang } = translationPairs();
const next = random(11);
const sources = [];
const targets = [];
const truth = new Map();
// Each article is on both sides with odds 1/2 and on one side only with odds 1/4 each, so N per
// side takes 4N/3 articles.
const articles = Math.ceil((size * 4) / 3);
for (let index = 0; index < articles; index += 1) {
  // Five sentence pairs and a line with the article's own number, as real articles have their own figures.
  const picked = Array.from({ length: 5 }, () => pairs[Math.floor(next() * pairs.length)]);
  const number = 10000 + Math.floor(next() * 890000);
  const roll = next();
  if (roll >= 0.25) sources.push({ id: `s${index}`, text: [...picked.map(([s]) => s), `Nr. ${number}.`].join('\n\n') });
  if (roll < 0.25 || roll >= 0.5) targets.push({ id: `t${index}`, text: [...picked.map(([, t]) => t), `No ${number}.`].join('\n\n') });
  if (roll >= 0.5) truth.set(`s${index}`, `t${index}`);
}
const measured = jobs === undefined ? inProcess() : withCli(jobs);
// PAIR_DUMP=file writes the pairs, groups and unpaired documents found, to compare runs byte for byte.
if (process.env.PAIR_DUMP) writeFileSync(process.env.PAIR_DUMP, JSON.stringify({ pairs: measured.result.pairs, groups: measured.result.groups, unpaired: measured.result.unpaired }));
const correct = measured.result.pairs.filter((pair) => truth.get(pair.source) === pair.target).length;
console.log(
  JSON.stringify({
    size,
    jobs: jobs ?? 'in process',
    sources: sources.length,
    targets: targets.length,
    seconds: measured.seconds,
    cpuSeconds: measured.cpuSeconds,
    maxRssMB: measured.maxRssMB,
    precision: correct / Math.max(1, measured.result.pairs.length),
    recall: correct / truth.size,
  }),
);

function inProcess() {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = pairDocuments(sources, targets, { sourceLang, targetLang });
  const seconds = (performance.now() - started) / 1000;
  // CPU time as well as wall time: on a shared machine only the former compares across runs.
  const cpuSeconds = process.cpuUsage(cpuBefore).user / 1e6;
  return { result, seconds, cpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024 };
}

function withCli(jobs) {
  const dir = mkdtempSync(join(tmpdir(), 'bitekst-pair-bench-'));
  try {
    for (const [side, documents] of [['source', sources], ['target', targets]]) {
      mkdirSync(join(dir, side));
      for (const document of documents) writeFileSync(join(dir, side, `${document.id}.txt`), document.text);
    }
    const output = join(dir, 'pairs.json');
    // PAIR_NODE_ARGS: options for the CLI's node (`--cpu-prof`, say).
    const args = [...(process.env.PAIR_NODE_ARGS ?? '').split(' ').filter(Boolean), join(root, 'dist', 'cli.js'), 'pair', join(dir, 'source'), join(dir, 'target'), '--source-lang', sourceLang, '--target-lang', targetLang, '--jobs', String(jobs), '--quiet', '-o', output];
    const timed = existsSync('/usr/bin/time');
    const started = performance.now();
    const run = timed
      ? spawnSync('/usr/bin/time', ['-f', '%M %U', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
      : spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const seconds = (performance.now() - started) / 1000;
    if (process.env.PAIR_DEBUG) process.stderr.write(run.stderr);
    if (run.status !== 0) throw new Error(`bitekst pair failed: ${run.stderr}`.slice(0, 500));
    const [kilobytes, user] = timed ? run.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [Number.NaN, Number.NaN];
    // Ids are file names: s12.txt is article s12.
    const result = JSON.parse(readFileSync(output, 'utf8'));
    for (const pair of result.pairs) [pair.source, pair.target] = [pair.source.replace(/\.txt$/, ''), pair.target.replace(/\.txt$/, '')];
    return { result, seconds, cpuSeconds: user, maxRssMB: kilobytes / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
