import { describe, expect, it } from 'vitest';
import { formatMoses, parseMoses } from '../../src/formats/moses.js';
import { rebuildAlignment } from '../../src/formats/rebuild.js';

const alignment = rebuildAlignment('nb', 'en', [
  { source: ['Hei.'], target: ['Hello.'], score: 0.9 },
  { source: ['To.', 'Tre.'], target: ['Two, three.'], score: 0.75 },
  { source: ['Foto: NTB'], target: [], score: 0.5 },
  { source: [], target: ['Read more'], score: 1 },
]);

describe('formatMoses', () => {
  it('writes one bead per line, merged sentences joined by a space, unaligned beads skipped', () => {
    expect(formatMoses(alignment)).toEqual({ source: 'Hei.\nTo. Tre.\n', target: 'Hello.\nTwo, three.\n' });
  });

  it('keeps unaligned beads as a line against an empty line when asked', () => {
    expect(formatMoses(alignment, { unaligned: true })).toEqual({
      source: 'Hei.\nTo. Tre.\nFoto: NTB\n\n',
      target: 'Hello.\nTwo, three.\n\nRead more\n',
    });
  });

  it('escapes line breaks inside a sentence, so the files stay line-aligned for any reader, and reads them back', () => {
    const broken = rebuildAlignment('nb', 'en', [{ source: ['En\nto\r\ntre\u2028fire\u000bfem\u0085seks'], target: ['One\u2029two\u000cthree\u001ex'], score: 1 }]);
    const written = formatMoses(broken);
    expect(written).toEqual({ source: 'En\\nto\\r\\ntre\\u2028fire\\u000bfem\\u0085seks\n', target: 'One\\u2029two\\u000cthree\\u001ex\n' });
    expect(parseMoses(written.source, written.target).source[0]!.text).toBe(broken.source[0]!.text);
    expect(parseMoses(written.source, written.target).target[0]!.text).toBe(broken.target[0]!.text);
  });

  it('writes text without line breaks as it is, doubling a backslash only where it would start an escape', () => {
    const paths = rebuildAlignment('nb', 'en', [
      { source: ['C:\\temp og \\x, tab\there'], target: ['C:\\new \\\\ \\u2029 \\r\\e'], score: 1 },
      { source: ['slutt\\'], target: ['\\e'], score: 1 },
    ]);
    const written = formatMoses(paths);
    expect(written.source).toBe('C:\\temp og \\x, tab\there\nslutt\\\n');
    expect(written.target).toBe('C:\\\\new \\\\\\ \\\\u2029 \\\\r\\\\e\n\\\\e\n');
    const read = parseMoses(written.source, written.target);
    expect(read.source.map((sentence) => sentence.text)).toEqual(paths.source.map((sentence) => sentence.text));
    expect(read.target.map((sentence) => sentence.text)).toEqual(paths.target.map((sentence) => sentence.text));
  });

  it('writes a side whose only sentence is empty (a blank pre-segmented line) as \\e, and reads it back as one', () => {
    const blank = rebuildAlignment('nb', 'en', [
      { source: [''], target: ['Hello.'], score: 1 },
      { source: [''], target: [], score: 1 },
    ]);
    expect(formatMoses(blank, { unaligned: true })).toEqual({ source: '\\e\n\\e\n', target: 'Hello.\n\n' });
    const read = parseMoses('\\e\n\\e\n', 'Hello.\n\n');
    expect(read.beads).toEqual([
      { source: [0], target: [0], score: 1 },
      { source: [1], target: [], score: 1 },
    ]);
    expect(read.source.map((sentence) => sentence.text)).toEqual(['', '']);
  });

  it('writes two empty files for no beads', () => {
    expect(formatMoses(rebuildAlignment('nb', 'en', []))).toEqual({ source: '', target: '' });
  });
});

describe('parseMoses', () => {
  it('reads line i of each file as one bead, an empty line making a 1-0 or 0-1 bead', () => {
    const read = parseMoses('Hei.\nFoto: NTB\n\n', 'Hello.\n\nRead more\n');
    expect(read.beads).toEqual([
      { source: [0], target: [0], score: 1 },
      { source: [1], target: [], score: 1 },
      { source: [], target: [1], score: 1 },
    ]);
    expect(read.source.map((sentence) => sentence.text)).toEqual(['Hei.', 'Foto: NTB']);
    expect(read.target.map((sentence) => sentence.text)).toEqual(['Hello.', 'Read more']);
    expect([read.sourceLang, read.targetLang]).toEqual(['nb', 'en']);
  });

  it('reads back what formatMoses writes with unaligned beads, merged sentences as one', () => {
    const { source, target } = formatMoses(alignment, { unaligned: true });
    const read = parseMoses(source, target);
    expect(read.beads.map((bead) => [bead.source.length, bead.target.length])).toEqual([[1, 1], [1, 1], [1, 0], [0, 1]]);
    expect(read.source.map((sentence) => sentence.text)).toEqual(['Hei.', 'To. Tre.', 'Foto: NTB']);
  });

  it('accepts CRLF and a missing final line break, drops lines empty on both sides, and takes the languages given', () => {
    const read = parseMoses('Ja\r\n\r\nNei', 'Yes\r\n\r\nNo\r\n', { sourceLang: 'nn', targetLang: 'en-GB' });
    expect(read.beads).toEqual([
      { source: [0], target: [0], score: 1 },
      { source: [1], target: [1], score: 1 },
    ]);
    expect([read.sourceLang, read.targetLang]).toEqual(['nn', 'en-GB']);
  });

  it('refuses what the input rule refuses, an escaped lone surrogate included, with E_INPUT', () => {
    expect(() => parseMoses('a\u0000\n', 'b\n')).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
    expect(() => parseMoses('a\\ud800\n', 'b\n')).toThrow(expect.objectContaining({ code: 'E_INPUT', message: expect.stringMatching(/lone surrogate/) }));
    expect(() => parseMoses(undefined as unknown as string, 'b\n')).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
  });

  it('counts an empty line before the final line break as a line', () => {
    // "a\n\n" is a bead and a 0-1 line; "a\n" is one bead: the files do not match.
    expect(() => parseMoses('a\n\n', 'a\n')).toThrow(expect.objectContaining({ name: 'BitekstError', code: 'E_INPUT', message: expect.stringContaining('found 2 and 1') }));
  });
});
