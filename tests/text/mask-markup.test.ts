import { describe, expect, it } from 'vitest';
import { decodeEntities, looksLikeHtml, maskMarkup } from '../../src/text/mask-markup.js';

describe('maskMarkup', () => {
  it('blanks tags with white space of the same length, so offsets still point into the original', () => {
    const html = '<p>Hei.</p><p>Du <b>der</b>.</p>';
    const masked = maskMarkup(html);
    expect(masked).toHaveLength(html.length);
    expect(masked).toBe('\n\n Hei.\n\n  \n\n Du    der    .\n\n  ');
    for (const word of ['Hei.', 'Du', 'der']) expect(masked.indexOf(word)).toBe(html.indexOf(word));
  });

  it('turns block-level tags, comments and doctypes into paragraph breaks and inline tags into spaces', () => {
    expect(maskMarkup('a<br>b')).toBe('a\n\n  b');
    expect(maskMarkup('a<br/>b')).toBe('a\n\n   b');
    expect(maskMarkup('a<DIV class="x">b')).toBe('a\n\n             b');
    expect(maskMarkup('a<!-- note -->b')).toBe('a\n\n           b');
    expect(maskMarkup('<!DOCTYPE html>a')).toBe('\n\n             a');
    expect(maskMarkup('a<span lang="en">b</span>c')).toBe('a                b       c');
  });

  it('removes the contents of script and style elements, markup inside them included', () => {
    const html = 'Før.<script>var p = "<p>Ikke tekst</p>";</script>Etter.<style>p { color: red }</style>';
    const masked = maskMarkup(html);
    expect(masked).toHaveLength(html.length);
    expect(masked).not.toMatch(/Ikke|var|color/);
    expect(masked.indexOf('Etter.')).toBe(html.indexOf('Etter.'));
    expect(masked.replace(/\s+/g, ' ')).toBe('Før. Etter. ');
  });

  it('leaves plain text, lone angle brackets and entities alone', () => {
    expect(maskMarkup('3 < 4 og 5 > 2')).toBe('3 < 4 og 5 > 2');
    expect(maskMarkup('R&amp;D')).toBe('R&amp;D');
    expect(maskMarkup('')).toBe('');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('R&amp;D &lt;b&gt; &quot;x&quot; &apos;y&apos;')).toBe('R&D <b> "x" \'y\'');
    expect(decodeEntities('bl&aring;b&aelig;r &Oslash;st &AElig;')).toBe('blåbær Øst Æ');
    expect(decodeEntities('&#230;&#xE6;&#xe6;&#128512;')).toBe('æææ😀');
    expect(decodeEntities('a&nbsp;b&ndash;c&shy;d')).toBe('a\u00a0b–cd');
  });

  it('decodes once, so an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });

  it('keeps unknown names and out-of-range code points as written', () => {
    expect(decodeEntities('&unknown; &#0; &#x110000; & ; &amp')).toBe('&unknown; &#0; &#x110000; & ; &amp');
  });

  // HTML allows an upper-case X in hexadecimal references.
  it('decodes hexadecimal references written with an upper-case X (&#XE6;)', () => {
    expect(decodeEntities('bl&#XE5;b&#XE6;r &#X1F600;')).toBe('blåbær 😀');
  });

  it('keeps a reference to a surrogate code point as written, since it would leave a lone surrogate', () => {
    expect(decodeEntities('&#xD800;&#55296;&#XDFFF;')).toBe('&#xD800;&#55296;&#XDFFF;');
  });
});

describe('looksLikeHtml', () => {
  it('needs at least two common HTML tags', () => {
    expect(looksLikeHtml('<p>Hei</p>')).toBe(true);
    expect(looksLikeHtml('Linje<br>linje<BR/>')).toBe(true);
    expect(looksLikeHtml('<p>Hei')).toBe(false);
    expect(looksLikeHtml('<foo>bar</foo>')).toBe(false);
  });

  it('does not take comparisons or e-mail addresses for markup', () => {
    expect(looksLikeHtml('a < b and c > d, a<b, <kari@example.no>')).toBe(false);
  });

  it('looks only at the first 20,000 characters', () => {
    expect(looksLikeHtml('x'.repeat(20_000) + '<p>late</p>')).toBe(false);
    expect(looksLikeHtml('<p>early</p>' + 'x'.repeat(20_000))).toBe(true);
  });
});
