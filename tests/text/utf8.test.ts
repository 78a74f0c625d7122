import { describe, expect, it } from 'vitest';
import { detectUtf16WithoutBom, firstInvalidUtf8 } from '../../src/text/utf8.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('firstInvalidUtf8', () => {
  it('is -1 for well-formed UTF-8 of every length', () => {
    expect(firstInvalidUtf8(bytes('æøå € 𝄞 abc'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array())).toBe(-1);
  });

  it('gives the exact offset far into a large input (a binary search over prefixes does not)', () => {
    // Multi-byte characters throughout, so that most prefixes end inside a character.
    const text = 'blåbærsyltetøy '.repeat(2500);
    const at = Buffer.byteLength(text);
    expect(at).toBeGreaterThan(35_000);
    expect(firstInvalidUtf8(bytes(text, [0xff], 'æ'))).toBe(at);
  });

  it('refuses overlong forms, surrogates, code points past U+10FFFF, stray continuations and a cut-off end', () => {
    expect(firstInvalidUtf8(bytes('ab', [0xc0, 0xaf]))).toBe(2);
    expect(firstInvalidUtf8(bytes('ab', [0xe0, 0x80, 0xaf]))).toBe(2);
    expect(firstInvalidUtf8(bytes('ab', [0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(bytes('ab', [0xf4, 0x90, 0x80, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(bytes('ab', [0x80]))).toBe(2);
    expect(firstInvalidUtf8(bytes('abc', [0xe2, 0x82]))).toBe(3);
  });
});

describe('detectUtf16WithoutBom', () => {
  it('recognises UTF-16 in both byte orders, and not UTF-8 or binary data', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4">Blåbær</tmx>';
    expect(detectUtf16WithoutBom(Buffer.from(text, 'utf16le'))).toBe('utf-16le');
    expect(detectUtf16WithoutBom(Buffer.from(text, 'utf16le').swap16())).toBe('utf-16be');
    expect(detectUtf16WithoutBom(Buffer.from(text, 'utf8'))).toBeUndefined();
    expect(detectUtf16WithoutBom(Buffer.from(Array.from({ length: 512 }, (_, index) => (index * 37) % 256)))).toBeUndefined();
  });
});
