import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusDocument } from '../helpers/corpus.js';

/** Every path under `folder`, relative to it. */
const tree = (folder: string): string[] => readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();

const NB = corpusDocument('000').text;
const EN = corpusDocument('003').text;

describe('input data never chooses a path', () => {
  it('pair --align: ids with /, .., NUL, an absolute path or a line break become whitelisted names inside OUT_DIR', () => {
    const root = mkdtempSync(join(tmpdir(), 'bitekst-ids-'));
    const work = join(root, 'a', 'b');
    mkdirSync(work, { recursive: true });
    const evil = ['../../escaped', '/tmp/absolute', 'nul\u0000name', '..', 'line\nbreak'];
    for (const [index, sourceId] of evil.entries()) {
      const records = join(work, `records-${index}.jsonl`);
      writeFileSync(records, [JSON.stringify({ id: sourceId, lang: 'nb', text: NB }), JSON.stringify({ id: `${sourceId}/en`, lang: 'en', text: EN })].join('\n') + '\n');
      const out = join(work, `out-${index}`);
      const result = runCli(['pair', records, '--align', out, '--quiet']);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).pairs).toHaveLength(1);
      const written = readdirSync(out);
      expect(written).toHaveLength(2);
      for (const name of written) expect(name).toMatch(/^[\p{L}\p{N}_][\p{L}\p{N}._-]*\.(beads|check\.json)$/u);
    }
    // Nothing was written anywhere but the OUT_DIRs and the inputs.
    expect(tree(root).filter((path) => !/^a(\/b(\/(records-\d\.jsonl|out-\d(\/.*)?))?)?$/.test(path))).toEqual([]);
  });

  it('batch: ids with /, .., NUL or an absolute path name no file; the output is the one file asked for', () => {
    const root = mkdtempSync(join(tmpdir(), 'bitekst-batch-ids-'));
    const input = join(root, 'in.jsonl');
    const ids = ['../../escaped', '/tmp/absolute', 'nul\u0000name', '..', 'sub/dir'];
    writeFileSync(input, ids.map((id) => JSON.stringify({ id, source: 'Hei.', target: 'Hello.' })).join('\n') + '\n');
    const result = runCli(['batch', input, '-o', join(root, 'out.jsonl'), '--quiet']);
    expect(result.code).toBe(0);
    expect(tree(root)).toEqual(['in.jsonl', 'out.jsonl']);
    expect(readFileSync(join(root, 'out.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(ids);
  });

  it('pair folders: a symbolic link (to a file outside), a subfolder, a FIFO and an empty file are reported, never read; names are escaped in TSV', () => {
    const root = mkdtempSync(join(tmpdir(), 'bitekst-folder-'));
    const nb = join(root, 'nb');
    const en = join(root, 'en');
    mkdirSync(nb);
    mkdirSync(en);
    writeFileSync(join(root, 'secret.txt'), 'Hemmelig tekst som aldri skal leses. '.repeat(20));
    writeFileSync(join(nb, 'tab\tand\nnewline.txt'), NB);
    writeFileSync(join(en, 'en.txt'), EN);
    symlinkSync(join(root, 'secret.txt'), join(nb, 'outside.txt'));
    symlinkSync('/etc/passwd', join(en, 'passwd.txt'));
    mkdirSync(join(nb, 'subfolder'));
    writeFileSync(join(nb, 'subfolder', 'inner.txt'), NB);
    execFileSync('mkfifo', [join(en, 'fifo.txt')]);
    writeFileSync(join(en, 'empty.txt'), '');
    const json = runCli(['pair', nb, en, '--quiet']);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as { pairs: { source: string }[]; issues: { id: string; reason: string }[] };
    const reasons = Object.fromEntries(result.issues.map((issue) => [issue.id, issue.reason]));
    expect(reasons['outside.txt']).toMatch(/^a symbolic link: not followed/);
    expect(reasons['passwd.txt']).toMatch(/^a symbolic link: not followed/);
    expect(reasons.subfolder).toMatch(/^a folder: not read/);
    expect(reasons['fifo.txt']).toMatch(/^not a regular file/);
    expect(reasons['empty.txt']).toBe('empty: no text to pair');
    expect(result.pairs.map((pair) => pair.source)).toEqual(['tab\tand\nnewline.txt']);
    const tsv = runCli(['pair', nb, en, '--format', 'tsv', '--quiet']).stdout.split('\n');
    expect(tsv[1]).toMatch(/^tab\\tand\\nnewline\.txt\ten\.txt\t[\d.]+$/);
  });

  it('a mixed folder with an empty file: reported as empty, not as an unknown language', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitekst-mixed-'));
    writeFileSync(join(folder, 'nb.txt'), NB);
    writeFileSync(join(folder, 'en.txt'), EN);
    writeFileSync(join(folder, 'blank.txt'), '  \n\n');
    const result = runCli(['pair', folder, '--quiet']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { pairs: unknown[]; issues: { id: string; reason: string }[] };
    expect(json.pairs).toHaveLength(1);
    expect(json.issues).toEqual([{ id: 'blank.txt', side: 'source', reason: 'empty: no text to pair' }]);
  });

  it('an output that is one of the inputs is refused, under any name: exit 2, the input intact', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitekst-same-'));
    const nb = join(folder, 'nb.txt');
    const en = join(folder, 'en.txt');
    writeFileSync(nb, 'Hei. Ha det.');
    writeFileSync(en, 'Hello. Goodbye.');
    symlinkSync(nb, join(folder, 'link.txt'));
    writeFileSync(join(folder, 'p.en'), 'Hello. Goodbye.');
    const records = join(folder, 'in.jsonl');
    writeFileSync(records, JSON.stringify({ id: 'a', source: 'Hei.', target: 'Hello.' }) + '\n');
    for (const args of [
      ['align', nb, en, '-o', en],
      ['align', nb, en, '-o', join(folder, 'link.txt')],
      ['segment', nb, '-o', nb],
      ['check', nb, en, '-o', nb],
      // Moses writes PREFIX.<lang>: here the input p.en.
      ['align', nb, join(folder, 'p.en'), '--format', 'moses', '-o', join(folder, 'p')],
      ['batch', records, '-o', records],
    ]) {
      const result = runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/is the input .*writing it would destroy the input/);
    }
    expect(readFileSync(nb, 'utf8')).toBe('Hei. Ha det.');
    expect(readFileSync(en, 'utf8')).toBe('Hello. Goodbye.');
  });
});
