// Sentence alignment side by side: bitekst (its CLI, `align --presegmented`) and hunalign
// (../shared/peers/hunalign, no dictionary) on the same files, each a whole process timed by wall
// clock, peak memory from /usr/bin/time when present. Documents: the steinbeck novel (when
// ../shared/bench/ is present) and synthetic pairs of the given sizes. hunalign keeps a matrix of
// every sentence pair, so it is skipped, with a message, where that matrix would not fit.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDir, root, syntheticPair } from './synthetic.mjs';

const peers = process.env.BITEKST_PEERS ?? join(root, '..', 'shared', 'peers');
const hunalign = join(peers, 'hunalign');
const timeTool = '/usr/bin/time';
/** hunalign's matrix holds every sentence pair; past this many it would not fit in memory (67k × 67k reached 1.8 GB unfinished). */
const PEER_MAX_PAIRS = 2e8;

/** Runs a command `runs` times; median wall time (s) and the largest peak memory (MB, or undefined). */
function measure(command, args, runs) {
  const times = [];
  let peak;
  for (let run = 0; run < runs; run += 1) {
    const withTime = existsSync(timeTool);
    const started = performance.now();
    const result = withTime
      ? spawnSync(timeTool, ['-f', '%M', command, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
      : spawnSync(command, args, { stdio: 'ignore' });
    times.push((performance.now() - started) / 1000);
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr ?? ''}`.slice(0, 500));
    if (withTime) peak = Math.max(peak ?? 0, Number(result.stderr.trim().split('\n').at(-1)) / 1024);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)], peakMB: peak };
}

/** The documents: [name, source lines, target lines]. */
function documents(sizes) {
  const docs = [];
  const novel = join(benchDir, 'hunalign-steinbeck-hu-en', 'steinbeck');
  if (existsSync(`${novel}.src`)) docs.push({ name: 'steinbeck novel', sourcePath: `${novel}.src`, targetPath: `${novel}.tgt`, sourceLang: 'hu', targetLang: 'en' });
  else console.log(`(no ${novel}.src: the novel is skipped)`);
  for (const size of sizes) {
    const { source, target, sourceLang, targetLang } = syntheticPair(size);
    docs.push({ name: `synthetic ${size.toLocaleString('en')}`, source, target, sourceLang, targetLang });
  }
  return docs;
}

/** Prints the side-by-side table. */
export function benchAlignment(sizes, runs = 3) {
  const withPeer = existsSync(hunalign);
  console.log(`Sentence alignment side by side: bitekst align --presegmented against hunalign -utf (no dictionary), whole process, median of ${runs} wall times, one core each`);
  if (!withPeer) console.log(`(hunalign not found at ${hunalign}: its columns are skipped)`);
  if (!existsSync(timeTool)) console.log(`(${timeTool} not found: peak memory is not measured)`);
  console.log('\n| document | sentences | bitekst (s) | bitekst (MB) | hunalign (s) | hunalign (MB) | time ratio | memory ratio |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const scratch = mkdtempSync(join(tmpdir(), 'bitekst-bench-'));
  const cli = join(root, 'dist', 'cli.js');
  try {
    for (const doc of documents(sizes)) {
      let { sourcePath, targetPath } = doc;
      if (sourcePath === undefined) {
        sourcePath = join(scratch, 'side.src');
        targetPath = join(scratch, 'side.tgt');
        writeFileSync(sourcePath, doc.source.join('\n') + '\n');
        writeFileSync(targetPath, doc.target.join('\n') + '\n');
      }
      const lines = (path) => Number(execFileSync('wc', ['-l', path], { encoding: 'utf8' }).trim().split(/\s+/)[0]);
      const [n, m] = [lines(sourcePath), lines(targetPath)];
      const big = n * m > 4e8;
      const ours = measure(process.execPath, [cli, 'align', sourcePath, targetPath, '--presegmented', '--source-lang', doc.sourceLang, '--target-lang', doc.targetLang, '--format', 'beads', '-o', join(scratch, 'out.beads')], big ? 1 : runs);
      let theirs;
      let note = '';
      if (!withPeer) note = 'absent';
      else if (n * m > PEER_MAX_PAIRS) note = `skipped: its ${n.toLocaleString('en')} × ${m.toLocaleString('en')} matrix would not fit`;
      else {
        const dictionary = join(scratch, 'empty.dic');
        writeFileSync(dictionary, '');
        const script = join(scratch, 'hunalign.sh');
        writeFileSync(script, `#!/bin/sh\nexec "${hunalign}" -utf "${dictionary}" "${sourcePath}" "${targetPath}" > "${join(scratch, 'out.ladder')}"\n`, { mode: 0o755 });
        theirs = measure(script, [], n * m > 4e7 ? 1 : runs);
      }
      const mb = (value) => (value === undefined ? '–' : String(Math.round(value)));
      const ratio = (a, b) => (a === undefined || b === undefined ? '–' : `×${(a / b).toFixed(2)}`);
      console.log(`| ${doc.name} | ${n.toLocaleString('en')} × ${m.toLocaleString('en')} | ${ours.seconds.toFixed(2)} | ${mb(ours.peakMB)} | ${theirs === undefined ? note : theirs.seconds.toFixed(2)} | ${mb(theirs?.peakMB)} | ${ratio(ours.seconds, theirs?.seconds)} | ${ratio(ours.peakMB, theirs?.peakMB)} |`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log('');
}
