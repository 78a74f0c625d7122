import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { formatTmx } from '../../src/formats/tmx.js';
import { checkFileSize, checkPair, decodeBytes, MAX_FILE_BYTES, readFile, readText } from '../../src/workbench/input.js';
import { formatSession } from '../../src/workbench/session-file.js';
import { createSession } from '../../src/workbench/session.js';
import { corpusDocument } from '../helpers/corpus.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const code = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'none';
};

describe('reading a dropped file', () => {
  it('reads a text with its language detected', () => {
    const read = readFile(bytes(corpusDocument('000').text), '000.txt');
    expect(read).toMatchObject({ kind: 'text', name: '000.txt', lang: 'nb' });
    expect(readFile(bytes(corpusDocument('003').text), '003.txt')).toMatchObject({ lang: 'en' });
  });

  it('reads UTF-16 with a byte-order mark and refuses bytes that are not text', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]), 'a')).toBe('Hi');
    expect(code(() => readFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8, 0x00]), 'image.png'))).toBe('E_INPUT');
    expect(code(() => readFile(bytes('text\u0000with a NUL'), 'nul.txt'))).toBe('E_INPUT');
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(code(() => checkFileSize(50 * 1024 * 1024, 'big.txt'))).toBe('E_BUDGET');
    expect(code(() => checkFileSize(MAX_FILE_BYTES, 'fits.txt'))).toBe('none');
    expect(code(() => readText('x'.repeat(MAX_FILE_BYTES + 1), 'pasted'))).toBe('E_BUDGET');
  });

  it('opens a TMX and a saved session for review, and refuses a TMX with a DOCTYPE or entities as parseTmx does', () => {
    const alignment = alignSentences(['Hei.', 'Ha det.'], ['Hi.', 'Bye.']);
    expect(readFile(bytes(formatTmx(alignment)), 'memory.tmx')).toMatchObject({ kind: 'alignment', session: { beads: [{ source: [0] }, { source: [1] }] } });
    expect(readFile(bytes(formatSession(createSession(alignment))), 'review.json')).toMatchObject({ kind: 'alignment' });
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<tmx version="1.4"><header srclang="nb"/><body><tu><tuv xml:lang="nb"><seg>&b;</seg></tuv></tu></body></tmx>';
    expect(code(() => readFile(bytes(bomb), 'bomb.tmx'))).toBe('E_TMX');
    expect(code(() => readFile(bytes('{"format": "bitekst-alignment/1", "beads": 3}'), 'bad.json'))).toBe('E_JSON');
  });

  it('refuses the same text on both sides and an empty side', () => {
    const text = corpusDocument('000').text;
    expect(code(() => checkPair(text, `${text}\n`))).toBe('E_INPUT');
    expect(code(() => checkPair(text, '  '))).toBe('E_INPUT');
    expect(code(() => checkPair(text, corpusDocument('003').text))).toBe('none');
  });
});
