import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';

const CLI = join(ROOT, 'dist', 'cli.js');
// The full run (20 kills in a 20,000-record run) on demand; CI kills a shorter run 3 times.
const RECORDS = Number(process.env.BITEKST_FAULT_RECORDS ?? 1000);
const KILLS = Number(process.env.BITEKST_FAULT_KILLS ?? 3);

/** Short records, with a repeated id and a failing record among them, as a real corpus has. */
function corpus(count: number): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = index % 997 === 5 ? 'dup' : `r${index}`;
    lines.push(index % 401 === 7 ? `{"id":"bad${index}",` : JSON.stringify({ id, source: `Krigen krevde ${index} liv i fjor. Det var ille.`, target: `The war claimed ${index} lives last year. It was bad.` }));
  }
  return lines.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'bitekst-signals-'));
const input = join(dir, 'in.jsonl');
writeFileSync(input, corpus(RECORDS));
const clean = join(dir, 'clean.jsonl');
const cleanRun = runCli(['batch', input, '-o', clean, '--jobs', '2', '--quiet']);

/** A pseudo-random generator with a fixed seed (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Runs the CLI, sends `signals` once `ready` holds (or after `delay` ms), and resolves with its exit code. */
function runAndSignal(args: string[], signals: NodeJS.Signals[], when: { delay?: number; ready?: () => boolean }): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const fire = () => {
      for (const signal of signals) child.kill(signal);
    };
    const started = Date.now();
    const poll = setInterval(() => {
      if (child.exitCode !== null) return clearInterval(poll);
      if ((when.ready?.() ?? false) || (when.delay !== undefined && Date.now() - started >= when.delay)) {
        clearInterval(poll);
        fire();
      }
    }, 20);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stderr });
    });
  });
}

const lineCount = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0);

describe('bitekst batch under signals and faults', () => {
  it('runs clean (exit 5: one record per 401 is broken JSON)', () => {
    expect(cleanRun.code).toBe(5);
    expect(lineCount(clean)).toBe(RECORDS);
  });

  it('SIGINT: finishes the records in flight, leaves a .partial and a checkpoint, exits 130; --resume completes it byte for byte', async () => {
    const output = join(dir, 'sigint.jsonl');
    const result = await runAndSignal(['batch', input, '-o', output, '--jobs', '2', '--quiet'], ['SIGINT'], { ready: () => lineCount(`${output}.partial`) > 30 });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/interrupted: .*--resume continues/);
    expect(existsSync(output)).toBe(false);
    const partial = readFileSync(`${output}.partial`, 'utf8');
    expect(partial.endsWith('\n')).toBe(true);
    expect(JSON.parse(readFileSync(`${output}.partial.state`, 'utf8')).records).toBe(lineCount(`${output}.partial`));
    // The same partial output against an input edited inside the part already read: refused.
    const changedInput = join(dir, 'changed-in.jsonl');
    writeFileSync(changedInput, readFileSync(input, 'utf8').replace('Krigen krevde 3 liv', 'Krigen krevde 4 liv'));
    const changed = join(dir, 'changed.jsonl');
    writeFileSync(`${changed}.partial`, partial);
    writeFileSync(`${changed}.partial.state`, readFileSync(`${output}.partial.state`));
    const refused = runCli(['batch', changedInput, '-o', changed, '--resume', '--quiet']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/changed since the interrupted run: its first \d+ lines are not those the run read/);
    const resumed = runCli(['batch', input, '-o', output, '--jobs', '2', '--resume', '--quiet']);
    expect(resumed.code).toBe(5);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(clean, 'utf8'));
    expect(existsSync(`${output}.partial.state`)).toBe(false);
  });

  it('SIGTERM twice: stops at once (exit 143), and what it left resumes', async () => {
    const output = join(dir, 'sigterm.jsonl');
    const result = await runAndSignal(['batch', input, '-o', output, '--jobs', '1', '--quiet'], ['SIGTERM', 'SIGTERM'], { ready: () => lineCount(`${output}.partial`) > 20 });
    expect(result.code).toBe(143);
    expect(runCli(['batch', input, '-o', output, '--jobs', '1', '--resume', '--quiet']).code).toBe(5);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(clean, 'utf8'));
  });

  it(`kill -9 at ${KILLS} random points, each followed by --resume: every record exactly once, equal to a clean run`, async () => {
    const output = join(dir, 'killed.jsonl');
    const next = random(17);
    let killed = 0;
    for (let run = 0; run < KILLS; run += 1) {
      const args = ['batch', input, '-o', output, '--jobs', '2', '--quiet', ...(run === 0 ? [] : ['--resume'])];
      // Killed at a random point of what is left, by progress rather than by the clock (a fixed
      // delay let a fast machine finish the run before its kill).
      const done = lineCount(`${output}.partial`);
      const target = done + 1 + Math.floor(next() * 0.8 * (RECORDS - done));
      const result = await runAndSignal(args, ['SIGKILL'], { ready: () => lineCount(`${output}.partial`) >= target });
      if (result.signal === 'SIGKILL') killed += 1;
      else break; // the run finished before its kill
    }
    expect(killed).toBe(KILLS);
    if (!existsSync(output)) expect(runCli(['batch', input, '-o', output, '--jobs', '2', '--resume', '--quiet']).code).toBe(5);
    const ids = readFileSync(output, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(RECORDS);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(clean, 'utf8'));
  }, 600_000);

  it('a file-size limit (a full disk): a clear error, exit 3, a .partial that resumes, no final file', () => {
    const output = join(dir, 'limited.jsonl');
    // ulimit -f counts 512-byte blocks in dash; SIGXFSZ ignored, so the write fails with EFBIG.
    const result = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 100; exec "${process.execPath}" "${CLI}" batch "${input}" -o "${output}" --jobs 1 --quiet`], { encoding: 'utf8' });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/limited\.jsonl\.partial: cannot write: .*(file-size limit|no space).*--resume continues/);
    expect(existsSync(output)).toBe(false);
    expect(runCli(['batch', input, '-o', output, '--jobs', '1', '--resume', '--quiet']).code).toBe(5);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(clean, 'utf8'));
  });

  it('-o - into a full device (/dev/full): a clear error and exit 3, no stack', () => {
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [CLI, 'batch', input, '-o', '-', '--quiet'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    expect(result.status).toBe(3);
    expect(result.stderr.trim()).toBe('bitekst: standard output: cannot write: no space left on the device');
  });

  it('-o FILE past a file-size limit: exit 3, a clear message, and no temporary file left behind', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitekst-efbig-'));
    const text = join(folder, 'text.txt');
    writeFileSync(text, 'Det var en gang en konge. Han hadde tre døtre. '.repeat(400));
    const result = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 4; exec "${process.execPath}" "${CLI}" segment "${text}" -o "${join(folder, 'out.txt')}"`], { encoding: 'utf8' });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/out\.txt: cannot write: the file would pass the file-size limit/);
    expect(readdirSync(folder)).toEqual(['text.txt']);
  });
});
