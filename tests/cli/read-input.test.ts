import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/read-input.js';
import { ROOT } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-read-'));
const CLI = join(ROOT, 'dist', 'cli.js');

describe('reading input files', () => {
  it('invalid UTF-8 is refused at its exact byte offset', () => {
    const text = 'Blåbærsyltetøy er godt. '.repeat(1500);
    const at = Buffer.byteLength(text);
    const file = join(dir, 'bad.txt');
    writeFileSync(file, Buffer.concat([Buffer.from(text), Buffer.from([0xc3, 0x28]), Buffer.from(' mer.')]));
    const result = runCli(['segment', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`bad.txt at byte ${at}: expected UTF-8 text`);
    expect(() => decodeText(Buffer.from([0x61, 0xff]), 'x')).toThrow(expect.objectContaining({ code: 'E_INPUT', offset: 1 }));
  });

  it('UTF-16 without a byte-order mark is named as such, not as a stray character', () => {
    const file = join(dir, 'utf16.tmx');
    writeFileSync(file, Buffer.from('<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.4"><header srclang="nb"/><body/></tmx>', 'utf16le'));
    const result = runCli(['convert', file, '--from', 'tmx', '--to', 'tsv']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/looks like UTF-16LE text without a byte-order mark/);
  });

  it('a device or a FIFO named as a file is refused at once, without opening it', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', fifo]) {
      const result = spawnSync(process.execPath, [CLI, 'segment', path], { encoding: 'utf8', timeout: 20_000 });
      expect(result.status, path).toBe(3);
      expect(result.stderr).toMatch(/expected a regular file, found (a device|a FIFO \(named pipe\)), which may never end/);
    }
  });

  it('an endless standard input stops at --max-input with E_BUDGET (exit 3), in bounded memory', () => {
    const result = spawnSync('sh', ['-c', `head -c 50000000 /dev/zero | "${process.execPath}" "${CLI}" segment - --max-input 2`], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/standard input: larger than the input limit of 2 MB \(--max-input MB raises it, up to 500\)/);
  });

  it('a file past --max-input is refused before it is read; a bad --max-input is a usage error', () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'Hei. '.repeat(300_000));
    expect(runCli(['segment', file, '--max-input', '1']).stderr).toMatch(/big\.txt: larger than the input limit of 1 MB/);
    expect(runCli(['segment', file, '--max-input', '1']).code).toBe(3);
    expect(runCli(['segment', file, '--max-input', '0']).code).toBe(2);
    expect(runCli(['segment', file, '--max-input', '513']).code).toBe(2);
  });

  it('one input rule with and without --presegmented: a NUL refused (exit 3, located), a single vertical tab or ESC accepted', () => {
    const en = join(dir, 'en.txt');
    writeFileSync(en, 'Hello.\nGoodbye.\n');
    const nul = join(dir, 'nul.txt');
    writeFileSync(nul, 'Hei.\nHa\u0000 det.\n');
    const stray = join(dir, 'stray.txt');
    writeFileSync(stray, 'Hei\u000b.\nHa \u001b det.\n');
    for (const mode of [[], ['--presegmented']]) {
      const refused = runCli(['align', nul, en, ...mode]);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toMatch(/nul\.txt at line 2, column 3: expected text, found a NUL byte/);
      expect(runCli(['align', stray, en, ...mode]).code).toBe(0);
    }
  });
});
