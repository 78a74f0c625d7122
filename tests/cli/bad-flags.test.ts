import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { runInProcess } from './in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-flags-'));
const nb = join(ROOT, 'corpus/000_559091eebb7a8267.txt');
const en = join(ROOT, 'corpus/003_922ec93c98972236.txt');
const records = join(dir, 'records.jsonl');
writeFileSync(records, [{ id: 'a', source: 'Krigen krevde 30.000 liv.', target: 'The war claimed 30,000 lives.' }, { id: 'b', source: 'Hei.', target: 'Hi.' }].map((record) => JSON.stringify(record)).join('\n') + '\n');

/** Exit code, then the whole message line(s) on standard error, for each bad command line. */
const cases: [string, string[], number, RegExp][] = [
  ['an unknown command', ['alig', nb, en], 2, /^bitekst: unknown command "alig"; did you mean "align"\?\nrun "bitekst --help" for the commands\n$/],
  ['a mistyped option', ['align', nb, en, '--fromat', 'tmx'], 2, /^bitekst: align: unknown option --fromat; did you mean --format\?\nrun "bitekst align --help" for its options\n$/],
  ['a mistyped value', ['align', nb, en, '--format', 'tmz'], 2, /^bitekst: --format: expected one of beads, json, tsv, text, tmx, moses, ladder, html, found "tmz"; did you mean tmx\?\n$/],
  ['a missing value', ['align', nb, en, '--format'], 2, /^bitekst: align: --format: expected a value \(beads\|json\|.*\)/],
  ['a value for a switch', ['align', nb, en, '--no-realign=yes'], 2, /^bitekst: align: --no-realign takes no value\n/],
  ['too many arguments', ['segment', nb, en], 2, /^bitekst: segment: expected 1 argument \(FILE\), found 2: /],
  ['--max-bead-size abc', ['align', nb, en, '--max-bead-size', 'abc'], 2, /^bitekst: --max-bead-size: expected a whole number from 2 to 8, found "abc"\n$/],
  ['--max-bead-size 9', ['align', nb, en, '--max-bead-size', '9'], 2, /^bitekst: --max-bead-size: expected a whole number from 2 to 8, found "9"\n$/],
  ['--max-cells abc', ['batch', records, '-o', join(dir, 'x.jsonl'), '--max-cells', 'abc'], 2, /^bitekst: --max-cells: expected a whole number ≥ 1, found "abc"\n$/],
  ['--max-cells 1e6', ['batch', records, '-o', join(dir, 'x.jsonl'), '--max-cells', '1e6'], 2, /^bitekst: --max-cells: expected a whole number ≥ 1, found "1e6"\n$/],
  ['--jobs 0', ['batch', records, '-o', join(dir, 'x.jsonl'), '--jobs', '0'], 2, /^bitekst: --jobs: expected a whole number from 1 to 1024, found "0"\n$/],
  ['--jobs 2.5', ['batch', records, '-o', join(dir, 'x.jsonl'), '--jobs', '2.5'], 2, /^bitekst: --jobs: expected a whole number from 1 to 1024, found "2.5"\n$/],
  ['--threshold 2', ['pair', records, '--threshold', '2'], 2, /^bitekst: --threshold: expected a number from 0 to 1, found "2"\n$/],
  ['--threshold x', ['pair', records, '--threshold', 'x'], 2, /^bitekst: --threshold: expected a number from 0 to 1, found "x"\n$/],
  ['--min-score high', ['align', nb, en, '--format', 'tmx', '--min-score', 'high'], 2, /^bitekst: --min-score: expected a number from 0 to 1, found "high"\n$/],
  ['--tmx-lang with one tag', ['align', nb, en, '--format', 'tmx', '--tmx-lang', 'nb-NO'], 2, /^bitekst: --tmx-lang: expected two BCP 47 tags SOURCE,TARGET such as nb-NO,en-GB, found "nb-NO"\n$/],
  ['a bad --lang', ['segment', nb, '--lang', 'x y'], 2, /^bitekst: --lang: expected a BCP 47 language tag such as nb, en or nb-NO, found "x y"\n$/],
  ['a bad --target-lang', ['check', nb, en, '--target-lang', '12'], 2, /^bitekst: --target-lang: expected a BCP 47 language tag such as nb, en or nb-NO, found "12"\n$/],
  ['a bad --source-lang for batch', ['batch', records, '-o', join(dir, 'x.jsonl'), '--source-lang', '!'], 2, /^bitekst: --source-lang: expected a BCP 47 language tag/],
  ['a bad --shard', ['batch', records, '-o', join(dir, 'x.jsonl'), '--shard', '5/4'], 2, /^bitekst: --shard: expected K\/N with 1 ≤ K ≤ N, found "5\/4"\n$/],
  ['both sides from standard input', ['align', '-', '-'], 2, /^bitekst: SOURCE and TARGET: - appears more than once, and standard input can be read only once\n$/],
  ['standard input twice in revise', ['revise', '-', nb, '-'], 2, /^bitekst: OLD_SOURCE, NEW_SOURCE and TARGET: - appears more than once/],
  ['moses to standard output', ['align', nb, en, '--format', 'moses', '-o', '-'], 2, /^bitekst: --format moses: expected -o PREFIX/],
  ['batch --resume to standard output', ['batch', records, '-o', '-', '--resume'], 2, /^bitekst: --resume: needs an output file to resume, found -o -\n$/],
  ['batch with no -o', ['batch', records], 2, /^bitekst: batch: expected -o OUTPUT.jsonl \(- for standard output\)/],
  ['pair of a missing file', ['pair', '/nonexistent'], 3, /^bitekst: \/nonexistent: cannot read: no such file\n$/],
  ['pair of missing folders', ['pair', join(dir, 'nope-a'), join(dir, 'nope-b')], 3, /^bitekst: .*nope-a: cannot read the folder: no such folder\n$/],
  ['batch of a missing file', ['batch', join(dir, 'nope.jsonl'), '-o', join(dir, 'x.jsonl')], 3, /^bitekst: .*nope\.jsonl: cannot read: no such file\n$/],
  ['-o into a missing folder', ['align', nb, en, '-o', join(dir, 'no', 'such', 'out.beads')], 3, /^bitekst: .*out\.beads: cannot write: the folder .*such does not exist\n$/],
  ['-o onto a folder', ['report', nb, en, '-o', dir], 3, /^bitekst: .*: cannot write: it is a folder\n$/],
  ['batch -o into a missing folder', ['batch', records, '-o', join(dir, 'no', 'out.jsonl')], 3, /^bitekst: .*out\.jsonl: cannot write: the folder .*no does not exist\n$/],
];

describe('bad command lines: the exit code and the whole message', () => {
  for (const [what, args, code, message] of cases) {
    it(`${what}: exit ${code}`, async () => {
      const result = await runInProcess(args);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // never a stack trace
      expect(result.code).toBe(code);
      expect(result.stdout).toBe('');
    });
  }
});

describe('the built command', () => {
  it('prints what main returns in-process, byte for byte, with the same exit code', async () => {
    const named = (what: string) => cases.find((entry) => entry[0] === what)![1];
    for (const args of [named('a mistyped option'), named('--max-bead-size abc'), named('pair of a missing file'), named('-o onto a folder')]) {
      const spawned = runCli(args);
      const inProcess = await runInProcess(args);
      expect(spawned).toEqual(inProcess);
    }
  });
});

describe('standard input and output', () => {
  it('-o - writes to standard output, not to a file named -', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bitekst-dash-'));
    const result = runCli(['align', nb, en, '-o', '-'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(runCli(['align', nb, en]).stdout);
    expect(existsSync(join(cwd, '-'))).toBe(false);
  });

  it('batch reads records from - and writes them to -o -', () => {
    const result = runCli(['batch', '-', '-o', '-', '--jobs', '1'], { input: readFileSync(records) });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a', 'b']);
    expect(result.stderr).toMatch(/^bitekst: 2 records: 2 aligned, 0 failed; 2 pairs, 2 beads/);
  });

  it('pair reads JSONL records { id, lang, text } from -', () => {
    const documents = [
      { id: 'nb1', lang: 'nb', text: readFileSync(nb, 'utf8') },
      { id: 'en1', lang: 'en', text: readFileSync(en, 'utf8') },
    ];
    const result = runCli(['pair', '-'], { input: documents.map((document) => JSON.stringify(document)).join('\n') });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { pairs: { source: string; target: string }[] }).pairs).toMatchObject([{ source: 'nb1', target: 'en1' }]);
  });

  it('a closed pipe ends the command quietly, as cat does (segment big.txt | head -1)', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, readFileSync(nb, 'utf8').repeat(400));
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'segment', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

