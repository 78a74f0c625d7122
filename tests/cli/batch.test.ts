import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocument } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-batch-'));
const input = join(dir, 'in.jsonl');
const records = Array.from({ length: 24 }, (_, index) => ({ id: `r${index}`, source: `Krigen krevde ${index + 2}0.000 liv i ${1990 + index}.`, target: `The war claimed ${index + 2}0,000 lives in ${1990 + index}.` }));
const lines = records.map((record) => JSON.stringify(record));
lines.splice(3, 0, JSON.stringify({ id: 'corpus', source: corpusDocument('000').text, target: corpusDocument('003').text }));
lines.splice(6, 0, '{broken json');
lines.splice(9, 0, JSON.stringify({ id: 'numbers-only', source: 42, target: 'x' }));
writeFileSync(input, lines.join('\n') + '\n');
const read = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; error?: { code: string }; beads?: unknown[]; findings?: { kind: string }[] });

describe('bitekst batch', () => {
  it('aligns and checks every record, in input order, with error records for the bad ones (exit 5: finished, some failed)', () => {
    const output = join(dir, 'out.jsonl');
    const result = runCli(['batch', input, '-o', output, '--jobs', '2']);
    expect(result.code).toBe(5);
    const out = read(output);
    expect(out.map((record) => record.id)).toEqual([
      'r0', 'r1', 'r2', 'corpus', 'r3', 'r4', 'line-7', 'r5', 'r6', 'numbers-only', ...records.slice(7).map((record) => record.id),
    ]);
    expect(out.find((record) => record.id === 'line-7')!.error!.code).toBe('E_JSON');
    expect(out.find((record) => record.id === 'numbers-only')!.error!.code).toBe('E_INPUT');
    expect(out.find((record) => record.id === 'corpus')!.findings!.filter((finding) => finding.kind === 'addition')).toHaveLength(17);
    expect(result.stderr).toMatch(/27 records: 25 aligned, 2 failed/);
    expect(existsSync(`${output}.partial`)).toBe(false);
  });

  it('writes the same output with one job and with several', () => {
    const one = join(dir, 'one.jsonl');
    const two = join(dir, 'two.jsonl');
    runCli(['batch', input, '-o', one, '--jobs', '1']);
    runCli(['batch', input, '-o', two, '--jobs', '3']);
    expect(readFileSync(one, 'utf8')).toBe(readFileSync(two, 'utf8'));
  });

  it('resumes an interrupted run without duplicating or losing records', () => {
    const full = join(dir, 'full.jsonl');
    const whole = runCli(['batch', input, '-o', full, '--jobs', '1']);
    const complete = readFileSync(full, 'utf8').split('\n');
    const output = join(dir, 'resumed.jsonl');
    // An interrupted run: ten records written, the eleventh cut off mid-line.
    writeFileSync(`${output}.partial`, complete.slice(0, 10).join('\n') + '\n' + complete[10]!.slice(0, 25));
    const result = runCli(['batch', input, '-o', output, '--jobs', '2', '--resume']);
    // The same exit code as the uninterrupted run: it speaks for the whole output.
    expect(result.code).toBe(whole.code);
    expect(result.stderr).toMatch(/and 10 done before/);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(full, 'utf8'));
  });

  it('splits the corpus into shards that together hold every record once', () => {
    const ids = [1, 2, 3].flatMap((index) => {
      const output = join(dir, `shard-${index}.jsonl`);
      expect([0, 5]).toContain(runCli(['batch', input, '-o', output, '--shard', `${index}/3`, '--jobs', '1']).code);
      return read(output).map((record) => record.id);
    });
    expect(ids.sort()).toEqual(read(join(dir, 'out.jsonl')).map((record) => record.id).sort());
  });

  it('exits 2 on a bad shard or no output, and 3 on a missing input or an unwritable output', () => {
    expect(runCli(['batch', input, '-o', join(dir, 'x.jsonl'), '--shard', '4/3']).code).toBe(2);
    expect(runCli(['batch', input]).code).toBe(2);
    expect(runCli(['batch', join(dir, 'missing.jsonl'), '-o', join(dir, 'y.jsonl')]).code).toBe(3);
    expect(runCli(['batch', input, '-o', join(dir, 'no', 'such', 'dir', 'z.jsonl')]).code).toBe(3);
  });
});
