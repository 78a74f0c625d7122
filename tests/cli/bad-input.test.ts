import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-bad-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const nb = 'corpus/000_559091eebb7a8267.txt';
const en = 'corpus/003_922ec93c98972236.txt';

describe('bad input over the CLI', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['binary data', ['align', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff])), en], 3, /UTF-8|NUL/],
    ['truncated UTF-8', ['check', file('cut.txt', Buffer.concat([Buffer.from('Blå'), Buffer.from([0xc3])])), en], 3, /truncated UTF-8/],
    ['a missing file', ['report', join(dir, 'nope.txt'), en], 3, /no such file/],
    ['a directory instead of a file', ['align', dir, en], 3, /directory/],
    ['an unwritable output', ['report', nb, en, '-o', join(dir, 'no', 'such', 'r.html')], 3, /cannot write/],
    ['an unknown option', ['check', nb, en, '--frobnicate'], 2, /frobnicate/],
    ['a bad language tag', ['align', nb, en, '--source-lang', 'not a tag!'], 2, /^bitekst: --source-lang: expected a BCP 47 language tag such as nb, en or nb-NO, found "not a tag!"$/m],
  ];
  for (const [what, args, code, message] of cases) {
    it(`${what}: a clear message and exit ${code}, nothing on standard output`, () => {
      const result = runCli(args);
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });
  }

  it('an empty file: a warning, and the other side unaligned', () => {
    const result = runCli(['check', file('empty.txt', ''), en, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/no text found/);
    expect(JSON.parse(result.stdout).summary.kinds.addition).toBe(34);
  });

  it('a byte-order mark and CRLF line ends change nothing', () => {
    const crlf = file('crlf.txt', '\ufeff' + readFileSync(nb, 'utf8').replace(/\n/g, '\r\n'));
    expect(runCli(['align', crlf, en]).stdout).toBe(runCli(['align', nb, en]).stdout);
  });

  it('the languages swapped: still aligned, with no crash', () => {
    const result = runCli(['align', en, nb]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => /^\[\d+\]:\[\d+\]/.test(line)).length).toBeGreaterThanOrEqual(15);
  });

  it('HTML input is read as text', () => {
    const html = file('page.html', `<html><body><p>${readFileSync(nb, 'utf8').split(/\n\s*\n/).join('</p><p>')}</p></body></html>`);
    expect(runCli(['align', html, en]).stdout).toBe(runCli(['align', nb, en]).stdout);
  });
});
