// npm run bench: speed and memory of bitekst on long synthetic documents, each size in its own
// process so that peak memory is that size's own. Sizes: BITEKST_BENCH_SIZES=1000,10000,100000.
// First, the aligner side by side with hunalign (../shared/peers/hunalign) on the same files.
// BITEKST_BENCH_ONLY=align stops after the alignment tables.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAlignment } from './bench/align-side-by-side.mjs';
import { translationPairs } from './bench/synthetic.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sizes = (process.env.BITEKST_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const { origin, sourceLang, targetLang } = translationPairs();

benchAlignment(sizes);

console.log(`Sentence alignment: synthetic ${sourceLang}→${targetLang} documents from ${origin}, 3 % insertions per side`);
console.log('(wall-clock time of alignSentences on pre-segmented input, all passes; peak resident memory of the process)\n');
console.log('| sentences per side | time (s) | sentences/s | peak memory (MB) | time growth | pairs recovered |');
console.log('|---:|---:|---:|---:|---:|---:|');
let previous;
for (const size of sizes) {
  const result = JSON.parse(execFileSync(process.execPath, [join(here, 'bench', 'align-one.mjs'), String(size)], { encoding: 'utf8' }));
  const growth = previous === undefined ? '' : `×${(result.seconds / previous.seconds).toFixed(1)} for ×${(size / previous.size).toFixed(0)}`;
  const rate = Math.round((result.sourceSentences + result.targetSentences) / 2 / result.seconds);
  console.log(`| ${result.sourceSentences.toLocaleString('en')} × ${result.targetSentences.toLocaleString('en')} | ${result.seconds.toFixed(2)} | ${rate.toLocaleString('en')} | ${Math.round(result.maxRssMB)} | ${growth} | ${(result.recovered * 100).toFixed(1)} % |`);
  previous = result;
}

if (process.env.BITEKST_BENCH_ONLY === 'align') process.exit(0);

const pairSizes = (process.env.BITEKST_BENCH_PAIR_SIZES ?? '1000,10000,100000').split(',').map(Number);
// Each size in process (pairDocuments, one thread) and through the CLI on every core (`bitekst
// pair --jobs N`, reading the collections from files); BITEKST_BENCH_PAIR_JOBS=1,2 picks the CLI runs.
const pairCores = (await import('node:os')).availableParallelism();
const pairJobs = (process.env.BITEKST_BENCH_PAIR_JOBS ?? String(pairCores)).split(',').map(Number);
console.log(`\nDocument pairing: synthetic collections of about N articles per side (five sentence pairs each, a third of each side unpaired)\n`);
console.log('| articles per side (source × target) | run | time (s) | user CPU (s) | articles/s | peak memory (MB) | time growth | pair precision | pair recall |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
const pairBefore = new Map();
for (const size of pairSizes) {
  for (const jobs of [undefined, ...pairJobs]) {
    const result = JSON.parse(execFileSync(process.execPath, [join(here, 'bench', 'pair-one.mjs'), String(size), ...(jobs === undefined ? [] : [String(jobs)])], { encoding: 'utf8' }));
    const before = pairBefore.get(jobs);
    const growth = before === undefined ? '' : `×${(result.seconds / before.seconds).toFixed(1)} for ×${(size / before.size).toFixed(0)}`;
    const run = jobs === undefined ? 'in process' : `CLI, --jobs ${jobs}`;
    console.log(`| ${result.sources.toLocaleString('en')} × ${result.targets.toLocaleString('en')} | ${run} | ${result.seconds.toFixed(1)} | ${result.cpuSeconds.toFixed(1)} | ${Math.round((result.sources + result.targets) / result.seconds).toLocaleString('en')} | ${Math.round(result.maxRssMB)} | ${growth} | ${result.precision.toFixed(3)} | ${result.recall.toFixed(3)} |`);
    pairBefore.set(jobs, result);
  }
}

console.log('\nSource revisions: compareRevisions on one long article, 1 % of its sentences edited\n');
console.log('| sentences | align old ↔ target (s) | compare, with that alignment (s) | stale found | peak memory (MB) |');
console.log('|---:|---:|---:|---:|---:|');
for (const size of [10000]) {
  const result = JSON.parse(execFileSync(process.execPath, [join(here, 'bench', 'revise-one.mjs'), String(size)], { encoding: 'utf8' }));
  console.log(`| ${result.size.toLocaleString('en')} | ${result.alignSeconds.toFixed(2)} | ${result.seconds.toFixed(2)} | ${result.stale} | ${Math.round(result.maxRssMB)} |`);
}

// Format writers: each writer on one alignment at several sizes; time must grow with the beads
// and no faster (a writer that scanned every finding per bead was quadratic).
const formatSizes = (process.env.BITEKST_BENCH_FORMAT_SIZES ?? '10000,40000,100000').split(',').map(Number);
console.log('\nFormat writers: one alignment of N beads (a finding every 10), seconds per writer\n');
let formatHeader = false;
let formatBefore;
for (const size of formatSizes) {
  const result = JSON.parse(execFileSync(process.execPath, [join(here, 'bench', 'formats-one.mjs'), String(size)], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const names = Object.keys(result.seconds);
  if (!formatHeader) {
    console.log(`| beads | findings | ${names.join(' | ')} | peak memory (MB) | slowest writer's growth |`);
    console.log(`|---:|---:|${names.map(() => '---:|').join('')}---:|---:|`);
    formatHeader = true;
  }
  const growth = formatBefore === undefined ? '' : `×${Math.max(...names.map((name) => result.seconds[name] / formatBefore.seconds[name])).toFixed(1)} for ×${(result.size / formatBefore.size).toFixed(1)}`;
  console.log(`| ${result.size.toLocaleString('en')} | ${result.findings.toLocaleString('en')} | ${names.map((name) => result.seconds[name].toFixed(2)).join(' | ')} | ${Math.round(result.maxRssMB)} | ${growth} |`);
  formatBefore = result;
}

// Batch: records per second and peak memory at several sizes (memory must stay flat), on 1 job
// and on every core, and the same largest run through GNU parallel (two processes of one job
// each) where it is installed. BITEKST_BENCH_BATCH_SIZES=1000,10000,100000,1000000 adds 1M
// (about 25 minutes a row on 2 cores).
const batchSizes = (process.env.BITEKST_BENCH_BATCH_SIZES ?? process.env.BITEKST_BENCH_BATCH ?? '1000,10000,100000').split(',').map(Number);
const cores = (await import('node:os')).availableParallelism();
console.log('\nBatch: bitekst batch over synthetic pairs (six sentence pairs each), align + check\n');
console.log('Memory over the run: the highest resident memory (MB) while the first half of the records (after the first tenth) and while the second half was written; growth between them is memory kept per record.\n');
console.log('| records | jobs | time (s) | records/s | peak memory (MB) | first half (MB) | second half (MB) | speed-up |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of batchSizes) {
  let single;
  const modes = [...new Set(['1', String(cores)])];
  if (size === batchSizes.at(-1) && execFileSync('sh', ['-c', 'command -v parallel || true'], { encoding: 'utf8' }).trim() !== '') modes.push('parallel');
  for (const jobs of modes) {
    const result = JSON.parse(execFileSync(process.execPath, [join(here, 'bench', 'batch-one.mjs'), String(size), jobs], { encoding: 'utf8' }));
    single ??= result.seconds;
    const label = jobs === 'parallel' ? `GNU parallel -j ${cores}` : jobs;
    const mb = (value) => (value === undefined ? '–' : String(Math.round(value)));
    console.log(`| ${size.toLocaleString('en')} | ${label} | ${result.seconds.toFixed(1)} | ${Math.round(size / result.seconds)} | ${mb(result.maxRssMB)} | ${mb(result.firstHalfMB)} | ${mb(result.secondHalfMB)} | ×${(single / result.seconds).toFixed(2)} |`);
  }
}
