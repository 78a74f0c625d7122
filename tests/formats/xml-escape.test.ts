import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/formats/xml-escape.js';

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
});
