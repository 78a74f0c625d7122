import { describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../../src/batch/lines.js';

async function collect(chunks: Uint8Array[], limit = 1000): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  for await (const line of readLines((async function* () {
    yield* chunks;
  })(), limit)) lines.push(line);
  return lines;
}

const summary = (line: InputLine) => (line.kind === 'text' ? line.text : line.kind === 'invalid' ? `invalid@${line.offset}/${line.column}` : `too-long@${line.offset}:${line.length}`);

describe('readLines', () => {
  it('splits at line feeds across chunk boundaries, drops CR and a leading BOM, keeps blank lines as positions', async () => {
    const bytes = Buffer.from('\ufeffa\r\nbæ\n\nc');
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect((await collect(chunks)).map(summary)).toEqual(['a', 'bæ', '', 'c']);
    expect((await collect([bytes])).map((line) => line.position)).toEqual([0, 1, 2, 3]);
  });

  it('an invalid line is located by its byte in the stream and in the line; the lines around it are read', async () => {
    const bytes = Buffer.concat([Buffer.from('ok\nab'), Buffer.from([0xff]), Buffer.from('c\nnext\n')]);
    expect((await collect([bytes.subarray(0, 4), bytes.subarray(4)])).map(summary)).toEqual(['ok', 'invalid@5/2', 'next']);
  });

  it('a character split between chunks is one character', async () => {
    const bytes = Buffer.from('æ\n');
    expect((await collect([bytes.subarray(0, 1), bytes.subarray(1)])).map(summary)).toEqual(['æ']);
  });

  it('a line past the limit is skipped as it is read and reported by its offset and length', async () => {
    const long = new Uint8Array(5000).fill(0x61);
    expect((await collect([Buffer.from('a\n'), long, long, Buffer.from('\nb\n')], 1000)).map(summary)).toEqual(['a', 'too-long@2:10000', 'b']);
  });
});
