import { describe, expect, it } from 'vitest';
import { rebuildAlignment } from '../../src/formats/rebuild.js';
import { formatTsv, parseTsv } from '../../src/formats/tsv.js';
import type { Finding } from '../../src/types.js';

const alignment = rebuildAlignment('nb', 'en', [
  { source: ['Hei.'], target: ['Hello.'], score: 0.9 },
  { source: ['To.', 'Tre.'], target: ['Two, three.'], score: 0.75 },
  { source: ['Foto: NTB'], target: [], score: 0.5 },
  { source: [], target: ['Read more'], score: 1 },
]);

const finding = (kind: Finding['kind'], source: number[], target: number[], subkind?: string): Finding => ({
  id: `${kind}-${source.join()}-${target.join()}`,
  kind,
  ...(subkind === undefined ? {} : { subkind }),
  severity: 'warning',
  source,
  target,
  message: kind,
  evidence: {},
});

const view = (value: ReturnType<typeof parseTsv>) => ({
  beads: value.beads,
  source: value.source.map((sentence) => sentence.text),
  target: value.target.map((sentence) => sentence.text),
});

describe('formatTsv', () => {
  it('writes the header and one line per bead, merged sentences separated by U+2029', () => {
    expect(formatTsv(alignment)).toBe(
      'source\ttarget\tscore\tfindings\n' +
        'Hei.\tHello.\t0.9\t\n' +
        'To.\u2029Tre.\tTwo, three.\t0.75\t\n' +
        'Foto: NTB\t\t0.5\t\n' +
        '\tRead more\t1\t\n',
    );
  });

  it('lists each bead\'s findings as kind/subkind, a finding on either side counting', () => {
    const findings = [
      finding('number', [0], [0]),
      finding('length', [2], []),
      finding('name', [], [1]),
      finding('omission', [3], [], 'photo-credit'),
      finding('addition', [], [2], 'boilerplate'),
    ];
    const rows = formatTsv(alignment, { findings }).split('\n').map((row) => row.split('\t')[3]);
    expect(rows).toEqual(['findings', 'number', 'length;name', 'omission/photo-credit', 'addition/boilerplate', undefined]);
  });

  it('escapes tabs, line breaks and backslashes so every bead stays on one line', () => {
    const awkward = rebuildAlignment('nb', 'en', [{ source: ['a\tb\\n\nc\rd'], target: ['C:\\temp'], score: 1 }]);
    expect(formatTsv(awkward).split('\n')[1]).toBe('a\\tb\\\\n\\nc\\rd\tC:\\\\temp\t1\t');
    expect(view(parseTsv(formatTsv(awkward)))).toEqual(view(awkward));
  });
});

describe('parseTsv', () => {
  it('reads back the beads, scores and texts formatTsv writes', () => {
    expect(view(parseTsv(formatTsv(alignment)))).toEqual(view(alignment));
  });

  it('reads a file without a header, with CRLF, ignoring the findings column', () => {
    const read = parseTsv('Ja\tYes\t0.5\tnumber\r\n\tNo\t1\r\n', { sourceLang: 'nn', targetLang: 'en-GB' });
    expect(view(read)).toEqual({
      beads: [
        { source: [0], target: [0], score: 0.5 },
        { source: [], target: [1], score: 1 },
      ],
      source: ['Ja'],
      target: ['Yes', 'No'],
    });
    expect([read.sourceLang, read.targetLang]).toEqual(['nn', 'en-GB']);
  });

  // U+2029 separates the sentences of a merged bead, so a sentence's own U+2029 (pre-segmented
  // lines from a word processor) is escaped.
  it('reads back a sentence that contains U+2029 as one sentence', () => {
    const awkward = rebuildAlignment('nb', 'en', [{ source: ['a\u2029b', 'c'], target: ['\u2029'], score: 1 }]);
    expect(formatTsv(awkward).split('\n')[1]).toBe('a\\u2029b\u2029c\t\\u2029\t1\t');
    expect(view(parseTsv(formatTsv(awkward)))).toEqual(view(awkward));
  });

  // A blank line of pre-segmented input is an empty sentence: line i stays sentence i.
  it('writes an empty sentence as \\e and reads it back, so a side with one empty sentence is not a side with none', () => {
    const blank = rebuildAlignment('nb', 'en', [
      { source: [''], target: ['Hello.'], score: 1 },
      { source: ['', 'b', ''], target: [], score: 0.5 },
      { source: [], target: [''], score: 1 },
    ]);
    expect(formatTsv(blank).split('\n').slice(1, 4)).toEqual(['\\e\tHello.\t1\t', '\\e\u2029b\u2029\\e\t\t0.5\t', '\t\\e\t1\t']);
    expect(view(parseTsv(formatTsv(blank)))).toEqual(view(blank));
    // The text "\e" itself has its backslash escaped.
    const literal = rebuildAlignment('nb', 'en', [{ source: ['\\e'], target: ['x'], score: 1 }]);
    expect(view(parseTsv(formatTsv(literal)))).toEqual(view(literal));
  });

  it('refuses what the input rule refuses, an escaped lone surrogate included, with E_INPUT', () => {
    expect(() => parseTsv('a\\ud800\tb\t1\n')).toThrow(expect.objectContaining({ code: 'E_INPUT', message: expect.stringMatching(/lone surrogate/) }));
    expect(() => parseTsv('a\u0000\tb\t1\n')).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
    expect(() => parseTsv(null as unknown as string)).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
  });

  it('leaves a backslash before any other letter as written', () => {
    expect(parseTsv('a\\xb\tc\t1\n').source[0]!.text).toBe('a\\xb');
  });

  it('refuses a score that is not a number with E_TSV and its line', () => {
    for (const score of ['high', '', 'NaN', 'Infinity']) {
      expect(() => parseTsv(`source\ttarget\tscore\nHei\tHello\t1\nTo\tTwo\t${score}\n`), score).toThrow(
        expect.objectContaining({ name: 'BitekstError', code: 'E_TSV', line: 3, column: 1 }),
      );
    }
  });

  it('refuses a line with fewer than three fields, blank lines counted in its line number', () => {
    expect(() => parseTsv('\n\nHei Hello 1\n')).toThrow(expect.objectContaining({ code: 'E_TSV', line: 3 }));
  });
});
