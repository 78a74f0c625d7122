import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const records = (list: object[]) => `${list.map((record) => JSON.stringify(record)).join('\n')}\n`;
const ids = (text: string) => text.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);

describe('bitekst batch, resumed and faulted', () => {
  it('resumes by position: duplicate ids lose no record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitekst-resume-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, records([{ id: 'a', source: 'Hei.', target: 'Hello.' }, { id: 'a', source: 'Ha det.', target: 'Bye.' }, { id: 'b', source: 'Takk.', target: 'Thanks.' }]));
    const clean = join(dir, 'clean.jsonl');
    expect(runCli(['batch', input, '-o', clean, '--jobs', '1', '--quiet']).code).toBe(0);
    const resumed = join(dir, 'resumed.jsonl');
    writeFileSync(`${resumed}.partial`, `${readFileSync(clean, 'utf8').split('\n')[0]}\n`);
    const result = runCli(['batch', input, '-o', resumed, '--jobs', '1', '--resume', '--quiet']);
    expect(result.code).toBe(0);
    expect(ids(readFileSync(resumed, 'utf8'))).toEqual(['a', 'a', 'b']);
    expect(readFileSync(resumed, 'utf8')).toBe(readFileSync(clean, 'utf8'));
    expect(result.stderr).toMatch(/2 records \(and 1 done before\)/);
  });

  it('exits 5 on a resume whose failed records were all written before it (the code speaks for the whole output)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitekst-resume-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `{"id":"broken",\n${records([{ id: 'a', source: 'Hei.', target: 'Hello.' }, { id: 'b', source: 'Takk.', target: 'Thanks.' }])}`);
    const clean = join(dir, 'clean.jsonl');
    expect(runCli(['batch', input, '-o', clean, '--jobs', '1', '--quiet']).code).toBe(5);
    const resumed = join(dir, 'resumed.jsonl');
    writeFileSync(`${resumed}.partial`, readFileSync(clean, 'utf8').split('\n').slice(0, 2).join('\n') + '\n');
    const result = runCli(['batch', input, '-o', resumed, '--jobs', '1', '--resume']);
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/1 record \(and 2 done before, 1 of them failed\): 1 aligned, 0 failed/);
    expect(readFileSync(resumed, 'utf8')).toBe(readFileSync(clean, 'utf8'));
  });

  it('refuses to resume when the input changed since the interrupted run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitekst-resume-'));
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, records([{ id: 'x', source: 'Hei.', target: 'Hello.' }]));
    writeFileSync(`${output}.partial`, `${JSON.stringify({ id: 'other', error: { code: 'E_INPUT', message: '' } })}\n`);
    const result = runCli(['batch', input, '-o', output, '--resume', '--quiet']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/changed since the interrupted run/);
  });

  it('turns the records of a worker that runs out of memory into E_WORKER records, replaces it and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitekst-worker-'));
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const big = { id: 'big', source: 'Dette er en setning om været i dag. '.repeat(60_000), target: 'This is a sentence about the weather today. '.repeat(60_000) };
    const small = (id: string) => ({ id, source: 'Hei, sa hun.', target: 'Hello, she said.' });
    writeFileSync(input, records([small('a'), big, small('b'), small('c'), small('d'), small('e')]));
    const result = runCli(['batch', input, '-o', output, '--jobs', '2', '--worker-memory', '16', '--quiet']);
    expect(result.code).toBe(5);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; error?: { code: string } });
    expect(lines.map((line) => line.id)).toEqual(['a', 'big', 'b', 'c', 'd', 'e']);
    expect(lines[1]!.error?.code).toBe('E_WORKER');
    // Only the record the worker died on fails: those it had not started go to its replacement.
    expect(lines.filter((line) => line.error !== undefined).map((line) => line.id)).toEqual(['big']);
    expect(lines.at(-1)!.error).toBeUndefined();
  });

  it('invalid UTF-8 in one line: an E_INPUT record with the byte offset, the other lines aligned as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitekst-utf8-'));
    const input = join(dir, 'in.jsonl');
    const first = `${JSON.stringify({ id: 'a', source: 'Blåbær.', target: 'Blueberry.' })}\n`;
    const broken = Buffer.concat([Buffer.from('{"id":"b","source":"Bl'), Buffer.from([0xe5]), Buffer.from('b\u00e6r.","target":"x."}\n')]);
    writeFileSync(input, Buffer.concat([Buffer.from(first), broken, Buffer.from(first.replace('"a"', '"c"'))]));
    const output = join(dir, 'out.jsonl');
    const result = runCli(['batch', input, '-o', output, '--jobs', '1', '--quiet']);
    expect(result.code).toBe(5);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; error?: { code: string; message: string }; source?: string[] });
    expect(lines.map((line) => line.id)).toEqual(['a', 'line-2', 'c']);
    expect(lines[0]!.source).toEqual(['Blåbær.']);
    expect(lines[1]!.error).toEqual({ code: 'E_INPUT', message: `line 2 at byte ${Buffer.byteLength(first) + 22} (byte 22 of the line): expected UTF-8 text, found invalid or truncated UTF-8` });
  });

  it('duplicate ids: one warning with the first, every record kept in its place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitekst-dup-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, records(['a', 'b', 'a', 'a'].map((id) => ({ id, source: 'Hei.', target: 'Hello.' }))));
    const result = runCli(['batch', input, '-o', join(dir, 'out.jsonl'), '--jobs', '1', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('bitekst: 2 records reuse the id of an earlier record (the first: "a" (line 3))');
    expect(ids(readFileSync(join(dir, 'out.jsonl'), 'utf8'))).toEqual(['a', 'b', 'a', 'a']);
  });
});
