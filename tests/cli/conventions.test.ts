import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';
import { integerFlag, languageFlag, numberFlag } from '../../src/cli/flags.js';
import { plural } from '../../src/formats/plural.js';
import { nearest } from '../../src/cli/suggest.js';
import { ROOT } from '../helpers/corpus.js';
import { runInProcess } from './in-process.js';

describe('nearest', () => {
  it('suggests the command or flag a typo meant, and nothing for a word far from all', () => {
    const commands = ['segment', 'align', 'check', 'report', 'convert', 'revise', 'batch', 'pair'];
    expect(nearest('alig', commands)).toBe('align');
    expect(nearest('chekc', commands)).toBe('check');
    expect(nearest('fromat', ['format', 'from', 'output'])).toBe('format');
    expect(nearest('xyzzy', commands)).toBeUndefined();
  });
});

describe('useColor', () => {
  it('follows --no-color, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(useColor({}, false, true)).toBe(true);
    expect(useColor({}, false, false)).toBe(false);
    expect(useColor({}, true, true)).toBe(false);
    expect(useColor({ NO_COLOR: '1' }, false, true)).toBe(false);
    expect(useColor({ NO_COLOR: '' }, false, true)).toBe(true);
    expect(useColor({ FORCE_COLOR: '1' }, false, false)).toBe(true);
    expect(useColor({ FORCE_COLOR: '0' }, false, true)).toBe(false);
    expect(useColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false, false)).toBe(false);
  });
});

describe('flag readers', () => {
  it('take whole numbers, decimals and language tags in range, and name the flag otherwise', () => {
    expect(integerFlag('4', 'jobs', { min: 1 })).toBe(4);
    expect(integerFlag(undefined, 'jobs', { min: 1 })).toBeUndefined();
    expect(() => integerFlag('', 'jobs', { min: 1 })).toThrow(/--jobs: expected a whole number ≥ 1, found ""/);
    expect(numberFlag('.25', 'threshold', { min: 0, max: 1 })).toBe(0.25);
    expect(() => numberFlag('NaN', 'threshold', { min: 0, max: 1 })).toThrow(/--threshold: expected a number from 0 to 1/);
    expect(languageFlag('nb-NO', 'lang', 'nb')).toBe('nb-NO');
    expect(() => languageFlag('not a tag', 'lang', 'nb')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

describe('plural', () => {
  it('says 1 finding and 2 findings', () => {
    expect([plural(0, 'finding'), plural(1, 'finding'), plural(2, 'finding'), plural(1, 'bead')]).toEqual(['0 findings', '1 finding', '2 findings', '1 bead']);
  });
});

const cli = (args: string[], env: Record<string, string> = {}) => {
  const { NO_COLOR, FORCE_COLOR, ...rest } = process.env;
  void NO_COLOR;
  void FORCE_COLOR;
  return spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...rest, ...env } });
};
// The corpus pair with one number changed, so that check marks it (in colour on request).
const changed = join(mkdtempSync(join(tmpdir(), 'bitekst-color-')), 'changed.txt');
writeFileSync(changed, readFileSync(join(ROOT, 'corpus/003_922ec93c98972236.txt'), 'utf8').replace('30,000 lives', '36,000 lives'));
const pair = ['corpus/000_559091eebb7a8267.txt', changed];

describe('colours of bitekst check', () => {
  it('FORCE_COLOR colours a pipe, and NO_COLOR or --no-color turn colours off', () => {
    const ansi = /\u001b\[/;
    expect(cli(['check', ...pair]).stdout).toMatch(/⟦36,000⟧/);
    expect(cli(['check', ...pair]).stdout).not.toMatch(ansi);
    expect(cli(['check', ...pair], { FORCE_COLOR: '1' }).stdout).toMatch(ansi);
    expect(cli(['check', ...pair], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ansi);
    expect(cli(['check', ...pair, '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ansi);
  });
});

describe('bitekst COMMAND --help', () => {
  const commands = ['segment', 'align', 'check', 'report', 'convert', 'revise', 'batch', 'pair'];
  for (const command of commands) {
    it(`${command}: usage, every option with its default, an example, numbering and exit codes`, async () => {
      const result = await runInProcess([command, '--help']);
      expect(result.code).toBe(0);
      const help = result.stdout;
      expect(help).toMatch(new RegExp(`^usage: bitekst ${command} \\S`));
      expect(help).toMatch(/\noptions:\n/);
      expect(help).toMatch(new RegExp(`\\nexamples?:\\n {2}bitekst ${command} `));
      expect(help).toContain('numbering: sentences are counted from 0 in what programs read');
      expect(help).toContain('exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage error, 3 bad input, 4 internal error, 5 batch finished with failed records');
      expect(help).toMatch(/--no-color/);
      // The same text from `bitekst help COMMAND`.
      expect((await runInProcess(['help', command])).stdout).toBe(help);
    });
  }

  it('states the defaults', async () => {
    const help = async (command: string) => (await runInProcess([command, '--help'])).stdout;
    expect(await help('align')).toMatch(/--format beads\|json.*\n.*\(default: beads\)/);
    expect(await help('align')).toMatch(/--max-bead-size N .*\(default: 5\)/);
    expect(await help('batch')).toMatch(/--jobs N .*\(default: the number of cores\)/);
    expect(await help('pair')).toMatch(/--threshold S .*\(default: 0\.5\)/);
  });

  it('bitekst --help lists every command and exit code 4, and the built command prints the same', async () => {
    const help = (await runInProcess(['--help'])).stdout;
    expect(cli(['--help']).stdout).toBe(help);
    for (const command of commands) expect(help).toContain(`bitekst ${command} `);
    expect(help).toContain('4 internal error');
  });
});

describe('bitekst --help', () => {
  it('lists every command with a space between its name and its summary', async () => {
    const result = await runInProcess(['--help']);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^ {2}[a-z]+ /.test(line) && !line.includes('bitekst '));
    expect(rows.map((line) => line.trim().split(/\s+/)[0])).toEqual(expect.arrayContaining(['segment', 'align', 'pair', 'workbench']));
    for (const line of rows) expect(line).toMatch(/^ {2}[a-z]+ {2,}\S/);
  });
});
