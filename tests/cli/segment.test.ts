import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-cli-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('bitekst segment', () => {
  it('prints one sentence per line', () => {
    const result = runCli(['segment', 'corpus/000_559091eebb7a8267.txt', '--lang', 'nb']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(18);
    expect(lines[11]).toBe('Opprustning');
  });

  it('prints spans as JSON', () => {
    const result = runCli(['segment', 'corpus/004_89fc859657be52e4.txt', '--lang', 'en', '--format', 'json']);
    expect(result.code).toBe(0);
    const sentences = JSON.parse(result.stdout) as { start: number; end: number; text: string }[];
    expect(sentences).toHaveLength(20);
    expect(sentences[0]).toMatchObject({ start: 0, paragraph: 0 });
  });

  it('reads standard input with -', () => {
    const result = runCli(['segment', '-', '--lang', 'en'], { input: 'Mr. Smith came. He left.' });
    expect(result.stdout).toBe('Mr. Smith came.\nHe left.\n');
  });

  it('decodes UTF-8 with a byte-order mark and UTF-16', () => {
    expect(runCli(['segment', file('bom.txt', '\ufeffHei. Hallo.')]).stdout).toBe('Hei.\nHallo.\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Blå. Grønn.', 'utf16le')]);
    expect(runCli(['segment', file('utf16.txt', utf16)]).stdout).toBe('Blå.\nGrønn.\n');
  });

  it('warns on an empty file and exits 0 with no output', () => {
    const result = runCli(['segment', file('empty.txt', '')]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/no text found/);
  });

  it('exits 3 with a clear message on binary, truncated UTF-8, a missing file and a directory', () => {
    for (const [path, message] of [
      [file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), /UTF-8|NUL/],
      [file('truncated.txt', Buffer.from([0x48, 0x65, 0x69, 0x20, 0xc3])), /truncated UTF-8/],
      [join(dir, 'missing.txt'), /no such file/],
      [dir, /directory/],
    ] as const) {
      const result = runCli(['segment', path]);
      expect(result.code, path).toBe(3);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['segment']).code).toBe(2);
    expect(runCli(['segment', 'a', '--format', 'xml']).code).toBe(2);
    expect(runCli(['segment', 'a', '--bogus']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
  });
});

describe('bitekst', () => {
  it('prints help and version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/usage: bitekst COMMAND/);
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
