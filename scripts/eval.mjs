// npm run eval: aligns every document of every gold set in ../shared/bench/ with the CLI's
// --presegmented path and scores the output with the shared scorer, beside the published anchors.
//
//   npm run eval                      all datasets
//   npm run eval -- textberg-de-fr-dev  one dataset
//   BITEKST_BENCH=/path/to/bench npm run eval
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bench = process.env.BITEKST_BENCH ?? join(root, '..', 'shared', 'bench');
if (!existsSync(join(bench, 'score.mjs'))) {
  console.log(`No benchmark data at ${bench}; nothing to evaluate (set BITEKST_BENCH to its folder).`);
  process.exit(0);
}
const cli = join(root, 'dist', 'cli.js');
const only = process.argv.slice(2);
const anchors = JSON.parse(readFileSync(join(bench, 'anchors.json'), 'utf8')).anchors;
const datasets = readdirSync(bench, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(bench, entry.name)).some((file) => file.endsWith('.gold')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name));

const fmt = (value) => value.toFixed(3).replace(/^0/, '');
const rows = [];
for (const dataset of datasets) {
  const [, sourceLang, targetLang] = /-([a-z]{2,3})-([a-z]{2,3})(?:-|$)/.exec(dataset) ?? [undefined, 'und', 'und'];
  const dir = join(bench, dataset);
  const out = join(root, '.eval', dataset);
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  let sentences = 0;
  for (const gold of readdirSync(dir).filter((file) => file.endsWith('.gold')).sort()) {
    const doc = gold.slice(0, -'.gold'.length);
    const beads = execFileSync(process.execPath, [cli, 'align', join(dir, `${doc}.src`), join(dir, `${doc}.tgt`), '--presegmented', '--source-lang', sourceLang, '--target-lang', targetLang, '--format', 'beads'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    writeFileSync(join(out, `${doc}.pred`), beads);
    sentences += readFileSync(join(dir, `${doc}.src`), 'utf8').split('\n').length;
  }
  const seconds = (performance.now() - started) / 1000;
  const score = JSON.parse(execFileSync(process.execPath, [join(bench, 'score.mjs'), '--dir', dir, '--pred-dir', out, '--json'], { encoding: 'utf8' }));
  rows.push({ dataset, system: 'bitekst', score, seconds, sentences });
}

console.log('| dataset | system | strict P / R / F1 | lax P / R / F1 |');
console.log('|---|---|---|---|');
for (const { dataset, score, seconds } of rows) {
  console.log(`| ${dataset} | **bitekst** (${seconds.toFixed(1)} s) | ${fmt(score.precision_strict)} / ${fmt(score.recall_strict)} / **${fmt(score.f1_strict)}** | ${fmt(score.precision_lax)} / ${fmt(score.recall_lax)} / ${fmt(score.f1_lax)} |`);
  for (const anchor of anchors.filter((candidate) => candidate.dataset === dataset)) {
    console.log(`| ${dataset} | ${anchor.system} (${anchor.kind}) | ${fmt(anchor.strict.p)} / ${fmt(anchor.strict.r)} / ${fmt(anchor.strict.f1)} | ${fmt(anchor.lax.p)} / ${fmt(anchor.lax.r)} / ${fmt(anchor.lax.f1)} |`);
  }
}
