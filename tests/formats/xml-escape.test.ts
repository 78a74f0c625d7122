import { describe, expect, it } from 'vitest';
import { escapeXml, escapeXmlText, hasXmlForbidden } from '../../src/formats/xml-escape.js';

describe('escapeXml', () => {
  it('escapes the characters special in XML content and double-quoted attributes', () => {
    expect(escapeXml('R&D <b> "sitat" \'x\'')).toBe('R&amp;D &lt;b&gt; &quot;sitat&quot; \'x\'');
  });

  it('escapes an ampersand that already starts a reference, so the text reads back unchanged', () => {
    expect(escapeXml('&amp; &#230;')).toBe('&amp;amp; &amp;#230;');
  });

  it('drops the characters XML 1.0 forbids and keeps tab, line feed and carriage return', () => {
    expect(escapeXml('a\u0000b\u0001\u0008\u000b\u000c\u000e\u001fc\ufffe\uffffd')).toBe('abcd');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('keeps every other character, Norwegian letters and astral characters included', () => {
    expect(escapeXml('Blåbær «sitat» – 漢字 😀 \u00a0\u2029')).toBe('Blåbær «sitat» – 漢字 😀 \u00a0\u2029');
  });

  it('drops lone surrogates, which XML forbids, and keeps surrogate pairs', () => {
    expect(escapeXml('a\ud800b\udc00c😀')).toBe('abc😀');
  });
});

describe('hasXmlForbidden', () => {
  it('tells whether a text holds a character XML 1.0 cannot hold', () => {
    for (const text of ['\u0001', 'a\u000bb', '\u000c', '\u001f', '\ufffe', '\uffff', '\ud800']) expect(hasXmlForbidden(text), JSON.stringify(text)).toBe(true);
    for (const text of ['', 'a\tb\nc\rd', '😀', '\u0085\u2028\u2029\u007f']) expect(hasXmlForbidden(text), JSON.stringify(text)).toBe(false);
  });
});

describe('escapeXmlText', () => {
  it('writes a carriage return as a reference, which XML does not turn into a line feed', () => {
    expect(escapeXmlText('a\r\nb\rc & <d>')).toBe('a&#xD;\nb&#xD;c &amp; &lt;d&gt;');
  });

  it('replaces what XML cannot hold by U+FFFD, visibly', () => {
    expect(escapeXmlText('a\u000bb\uffff')).toBe('a\ufffdb\ufffd');
  });
});
