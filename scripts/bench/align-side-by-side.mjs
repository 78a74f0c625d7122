// Sentence alignment side by side: bitekst (its CLI, `align --presegmented`) and hunalign
// (../shared/peers/hunalign, no dictionary) on the same files, each a whole process timed by wall
// clock, user CPU time and peak memory from /usr/bin/time when present; the runs alternate
// between the two tools, so that on a shared machine both meet the same load. Documents: the steinbeck novel (when
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

/** Runs a command once: wall time (s), CPU time in user mode (s, or undefined) and peak memory (MB, or undefined). */
function runOnce(command, args, cwd) {
  const withTime = existsSync(timeTool);
  const started = performance.now();
  const result = withTime
    ? spawnSync(timeTool, ['-f', '%M %U', command, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(command, args, { cwd, stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr ?? ''}`.slice(0, 500));
  if (!withTime) return { seconds };
  const [kilobytes, user] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, user, peakMB: kilobytes / 1024 };
}

/**
 * Runs each tool `runs` times, alternating between them so that both meet the same load on a
 * shared machine; per tool the median wall time, the median user CPU time and the largest peak
 * memory. A tool given as undefined is skipped.
 */
function measureSideBySide(tools, runs) {
  const samples = tools.map(() => []);
  for (let run = 0; run < runs; run += 1) {
    tools.forEach((tool, index) => {
      if (tool !== undefined && run < tool.runs) samples[index].push(runOnce(tool.command, tool.args, tool.cwd));
    });
  }
  const median = (values) => {
    const sorted = values.filter((value) => value !== undefined).sort((a, b) => a - b);
    return sorted.length === 0 ? undefined : sorted[Math.floor(sorted.length / 2)];
  };
  return samples.map((taken) => (taken.length === 0
    ? undefined
    : { seconds: median(taken.map((sample) => sample.seconds)), user: median(taken.map((sample) => sample.user)), peakMB: taken.some((sample) => sample.peakMB !== undefined) ? Math.max(...taken.map((sample) => sample.peakMB ?? 0)) : undefined }));
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
  console.log(`Sentence alignment side by side: bitekst align --presegmented against hunalign -utf (no dictionary), whole process, runs alternating between the two, median of ${runs} (wall time and user CPU time), one core each`);
  if (!withPeer) console.log(`(hunalign not found at ${hunalign}: its columns are skipped)`);
  if (!existsSync(timeTool)) console.log(`(${timeTool} not found: peak memory is not measured)`);
  console.log('\n| document | sentences | bitekst (s) | bitekst CPU (s) | bitekst (MB) | hunalign (s) | hunalign CPU (s) | hunalign (MB) | time ratio | CPU ratio | memory ratio |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
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
      const ours = { command: process.execPath, args: [cli, 'align', sourcePath, targetPath, '--presegmented', '--source-lang', doc.sourceLang, '--target-lang', doc.targetLang, '--format', 'beads', '-o', join(scratch, 'out.beads')], runs: big ? 1 : runs };
      let peer;
      let note = '';
      if (!withPeer) note = 'absent';
      else if (n * m > PEER_MAX_PAIRS) note = `skipped: its ${n.toLocaleString('en')} × ${m.toLocaleString('en')} matrix would not fit`;
      else {
        const dictionary = join(scratch, 'empty.dic');
        writeFileSync(dictionary, '');
        const script = join(scratch, 'hunalign.sh');
        writeFileSync(script, `#!/bin/sh\nexec "${hunalign}" -utf "${dictionary}" "${sourcePath}" "${targetPath}" > "${join(scratch, 'out.ladder')}" 2> /dev/null\n`, { mode: 0o755 });
        // In the scratch folder: hunalign writes its rough translation (translate.txt) where it runs.
        peer = { command: script, args: [], runs: n * m > 4e7 ? 1 : runs, cwd: scratch };
      }
      const [mine, theirs] = measureSideBySide([ours, peer], runs);
      const seconds = (value) => (value === undefined ? '–' : value.toFixed(2));
      const mb = (value) => (value === undefined ? '–' : String(Math.round(value)));
      const ratio = (a, b) => (a === undefined || b === undefined ? '–' : `×${(a / b).toFixed(2)}`);
      console.log(`| ${doc.name} | ${n.toLocaleString('en')} × ${m.toLocaleString('en')} | ${seconds(mine.seconds)} | ${seconds(mine.user)} | ${mb(mine.peakMB)} | ${theirs === undefined ? note : seconds(theirs.seconds)} | ${seconds(theirs?.user)} | ${mb(theirs?.peakMB)} | ${ratio(mine.seconds, theirs?.seconds)} | ${ratio(mine.user, theirs?.user)} | ${ratio(mine.peakMB, theirs?.peakMB)} |`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log('');
}
