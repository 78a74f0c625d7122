// npm run eval (alignment part): aligns every document of every gold set in ../shared/bench/
// (each folder with <doc>.src/.tgt/.gold) in process, pre-segmented exactly as the CLI's
// --presegmented path, and scores it with the shared scorer. When ../shared/peers/hunalign is
// present it aligns the same documents (no dictionary, as a user without one runs it) and its
// strict F1 is printed beside ours; when absent, its column is skipped with a message.
//
// Per set: strict and lax P/R/F1; recall of the gold 1-0 / 0-1 beads (omissions and additions,
// which the scorer's recall leaves out); and calibration: the expected calibration error (ECE,
// ten equal-width bins) of bead scores against strict correctness, with the share of wrong beads
// scored 0.99 or more (a wrong bead at 1.000 is a calibration bug).
//
//   npm run eval                      all datasets
//   npm run eval -- textberg-de-fr-dev  one dataset ('adversarial' for the generated long documents)
//   BITEKST_BENCH=/path/to/bench BITEKST_PEERS=/path/to/peers npm run eval
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { alignSentences } from '../dist/index.js';
import { adversarialPairs } from './bench/adversarial.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bench = resolve(process.env.BITEKST_BENCH ?? join(root, '..', 'shared', 'bench'));
const peers = resolve(process.env.BITEKST_PEERS ?? join(root, '..', 'shared', 'peers'));
if (!existsSync(join(bench, 'score.mjs'))) {
  console.log(`No benchmark data at ${bench}; nothing to evaluate (set BITEKST_BENCH to its folder).`);
  process.exit(0);
}
const { parseAlignments, countDocument, summarize } = await import(pathToFileURL(join(bench, 'score.mjs')).href);
const hunalign = join(peers, 'hunalign');
const withPeer = existsSync(hunalign) && process.env.BITEKST_NO_PEER === undefined;
if (!withPeer) console.log(`hunalign not found at ${hunalign} (or BITEKST_NO_PEER set): its column is skipped.\n`);
const only = process.argv.slice(2);
const anchors = JSON.parse(readFileSync(join(bench, 'anchors.json'), 'utf8')).anchors;
const hasGold = (dir) => readdirSync(dir).some((file) => file.endsWith('.gold') && existsSync(join(dir, file.replace(/\.gold$/, '.src'))));
const datasets = readdirSync(bench, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && hasGold(join(bench, entry.name)))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

/** The CLI's --presegmented reading: one sentence per line, a final line break ends the last line. */
function toLines(text) {
  const body = text.replace(/^\ufeff/, '');
  if (body === '') return [];
  const lines = body.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

const key = (source, target) => `${source.join(',')}|${target.join(',')}`;

/** hunalign's ladder (`i<TAB>j<TAB>score` rungs) as beads: consecutive rungs delimit a bead. */
function ladderToBeads(ladder) {
  const rungs = ladder.split('\n').filter((line) => line.trim() !== '').map((line) => line.split('\t').slice(0, 2).map(Number));
  const beads = [];
  for (let k = 1; k < rungs.length; k += 1) {
    const [i0, j0] = rungs[k - 1];
    const [i1, j1] = rungs[k];
    const source = Array.from({ length: i1 - i0 }, (_, x) => i0 + x);
    const target = Array.from({ length: j1 - j0 }, (_, x) => j0 + x);
    if (source.length + target.length > 0) beads.push([source, target]);
  }
  return beads;
}

function runHunalign(sourcePath, targetPath, scratch) {
  const dictionary = join(scratch, 'empty.dic');
  if (!existsSync(dictionary)) writeFileSync(dictionary, '');
  // hunalign writes a translate.txt scratch file into its working directory: run it in ours.
  const ladder = execFileSync(hunalign, ['-utf', dictionary, sourcePath, targetPath], { cwd: scratch, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  return ladderToBeads(ladder);
}

/** Gold 1-0 / 0-1 beads found exactly. */
function nullRecall(gold, predicted, counts) {
  const found = new Set(predicted.map(([s, t]) => key(s, t)));
  for (const [s, t] of gold) {
    if ((s.length === 0) === (t.length === 0)) continue;
    counts.total += 1;
    if (found.has(key(s, t))) counts.found += 1;
  }
}

const BINS = 10;
/** Expected calibration error of (score, correct) pairs over ten equal-width bins, and the share of wrong beads at ≥ 0.99. */
function calibration(judged) {
  const bins = Array.from({ length: BINS }, () => ({ n: 0, score: 0, correct: 0 }));
  let wrong = 0;
  let wrongSure = 0;
  for (const { score, correct } of judged) {
    const bin = bins[Math.min(BINS - 1, Math.floor(score * BINS))];
    bin.n += 1;
    bin.score += score;
    bin.correct += correct ? 1 : 0;
    if (!correct) {
      wrong += 1;
      if (score >= 0.99) wrongSure += 1;
    }
  }
  const ece = bins.reduce((sum, bin) => sum + (bin.n === 0 ? 0 : (bin.n / judged.length) * Math.abs(bin.score / bin.n - bin.correct / bin.n)), 0);
  return { ece, wrongSure: wrong === 0 ? 0 : wrongSure / wrong };
}

const fmt = (value) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(3).replace(/^0/, ''));
const scratch = mkdtempSync(join(tmpdir(), 'bitekst-eval-'));
const rows = [];
try {
  for (const dataset of datasets) {
    const [, sourceLang, targetLang] = /-([a-z]{2,3})-([a-z]{2,3})(?:-|$)/.exec(dataset) ?? [undefined, 'und', 'und'];
    const dir = join(bench, dataset);
    const out = join(root, '.eval', dataset);
    mkdirSync(out, { recursive: true });
    const ours = [];
    const theirs = [];
    const judged = [];
    const nulls = { found: 0, total: 0 };
    const peerNulls = { found: 0, total: 0 };
    let seconds = 0;
    let peerSeconds = 0;
    const docs = readdirSync(dir).filter((file) => file.endsWith('.gold') && existsSync(join(dir, file.replace(/\.gold$/, '.src')))).sort();
    for (const file of docs) {
      const doc = file.slice(0, -'.gold'.length);
      const gold = parseAlignments(readFileSync(join(dir, file), 'utf8'));
      const source = toLines(readFileSync(join(dir, `${doc}.src`), 'utf8'));
      const target = toLines(readFileSync(join(dir, `${doc}.tgt`), 'utf8'));
      const started = performance.now();
      const alignment = alignSentences(source, target, { sourceLang, targetLang });
      seconds += (performance.now() - started) / 1000;
      const predicted = alignment.beads.map((bead) => [bead.source, bead.target]);
      writeFileSync(join(out, `${doc}.pred`), alignment.beads.map((bead) => `[${bead.source}]:[${bead.target}]:${bead.score}`).join('\n') + '\n');
      ours.push(countDocument(gold, predicted));
      nullRecall(gold, predicted, nulls);
      const goldKeys = new Set(gold.map(([s, t]) => key(s, t)));
      for (const bead of alignment.beads) judged.push({ score: bead.score, correct: goldKeys.has(key(bead.source, bead.target)) });
      if (withPeer) {
        const peerStarted = performance.now();
        const peerBeads = runHunalign(join(dir, `${doc}.src`), join(dir, `${doc}.tgt`), scratch);
        peerSeconds += (performance.now() - peerStarted) / 1000;
        theirs.push(countDocument(gold, peerBeads));
        nullRecall(gold, peerBeads, peerNulls);
      }
    }
    rows.push({
      dataset,
      docs: docs.length,
      score: summarize(ours),
      peer: withPeer ? summarize(theirs) : undefined,
      nulls,
      peerNulls,
      calibration: calibration(judged),
      seconds,
      peerSeconds,
    });
  }
  // Adversarial long documents (generated, see scripts/bench/adversarial.mjs): where a banded search can lose the path.
  if (only.length === 0 || only.includes('adversarial')) {
    for (const { name, source, target, gold, sourceLang, targetLang } of adversarialPairs()) {
      const started = performance.now();
      const alignment = alignSentences(source, target, { sourceLang, targetLang });
      const seconds = (performance.now() - started) / 1000;
      const predicted = alignment.beads.map((bead) => [bead.source, bead.target]);
      const goldKeys = new Set(gold.map(([s, t]) => key(s, t)));
      const judged = alignment.beads.map((bead) => ({ score: bead.score, correct: goldKeys.has(key(bead.source, bead.target)) }));
      const nulls = { found: 0, total: 0 };
      const peerNulls = { found: 0, total: 0 };
      nullRecall(gold, predicted, nulls);
      let peer;
      let peerSeconds = 0;
      if (withPeer) {
        writeFileSync(join(scratch, 'side.src'), source.join('\n') + '\n');
        writeFileSync(join(scratch, 'side.tgt'), target.join('\n') + '\n');
        const peerStarted = performance.now();
        const peerBeads = runHunalign(join(scratch, 'side.src'), join(scratch, 'side.tgt'), scratch);
        peerSeconds = (performance.now() - peerStarted) / 1000;
        peer = summarize([countDocument(gold, peerBeads)]);
        nullRecall(gold, peerBeads, peerNulls);
      }
      rows.push({ dataset: `adversarial: ${name} (${source.length} × ${target.length})`, docs: 1, score: summarize([countDocument(gold, predicted)]), peer, nulls, peerNulls, calibration: calibration(judged), seconds, peerSeconds });
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const share = ({ found, total }) => (total === 0 ? '–' : `${fmt(found / total)} (${total})`);
console.log('Sentence alignment, strict/lax with ../shared/bench/score.mjs; hunalign without a dictionary; time is alignment only (in process) against the peer’s whole process.\n');
console.log('| dataset | docs | bitekst strict P / R / F1 | lax F1 | hunalign strict F1 | 1-0/0-1 recall (gold n): bitekst | hunalign | ECE | wrong beads ≥ .99 | time bitekst / hunalign (s) |');
console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const { score, peer } = row;
  console.log(
    `| ${row.dataset} | ${row.docs} | ${fmt(score.precision_strict)} / ${fmt(score.recall_strict)} / **${fmt(score.f1_strict)}** | ${fmt(score.f1_lax)} | ${peer === undefined ? 'skipped' : fmt(peer.f1_strict)} | ${share(row.nulls)} | ${peer === undefined ? 'skipped' : share(row.peerNulls)} | ${fmt(row.calibration.ece)} | ${fmt(row.calibration.wrongSure)} | ${row.seconds.toFixed(1)} / ${peer === undefined ? '–' : row.peerSeconds.toFixed(1)} |`,
  );
}
const published = anchors.filter((anchor) => rows.some((row) => row.dataset === anchor.dataset));
if (published.length > 0) {
  console.log('\nAnchors from ../shared/bench/anchors.json:\n');
  console.log('| dataset | system | strict P / R / F1 | lax P / R / F1 |');
  console.log('|---|---|---|---|');
  for (const anchor of published) {
    console.log(`| ${anchor.dataset} | ${anchor.system} (${anchor.kind}) | ${fmt(anchor.strict?.p)} / ${fmt(anchor.strict?.r)} / ${fmt(anchor.strict?.f1)} | ${fmt(anchor.lax?.p)} / ${fmt(anchor.lax?.r)} / ${fmt(anchor.lax?.f1)} |`);
  }
}
