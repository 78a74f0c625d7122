import { ownEntry } from './own-entry.js';

/**
 * Tags whose end starts a new block: a paragraph break is put in their place so that
 * `<p>One.</p><p>Two</p>` segments as two paragraphs.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'td', 'th', 'title', 'tr', 'ul', 'body', 'html', 'head',
]);

/** Elements whose content is not text for a reader. */
const HIDDEN_ELEMENTS = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>|<!--[\s\S]*?-->|<!doctype[^>]*>/gi;

/** Whether `text` looks like an HTML document or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const tags = sample.match(/<\/?(p|div|br|span|a|h[1-6]|li|html|body|article|section|em|strong|b|i)\b[^<>]*>/gi);
  return tags !== null && tags.length >= 2;
}

function blank(length: number, block: boolean): string {
  if (!block || length < 2) return ' '.repeat(length);
  return '\n\n' + ' '.repeat(length - 2);
}

/**
 * Replaces HTML markup by white space of the same length, so that offsets into the result are
 * offsets into the original. Block-level tags become paragraph breaks; `script` and `style`
 * contents disappear. Entities are left for {@link decodeEntities}.
 */
export function maskMarkup(text: string): string {
  const hidden = text.replace(HIDDEN_ELEMENTS, (match) => blank(match.length, true));
  return hidden.replace(TAG, (match, name: string | undefined) =>
    blank(match.length, name === undefined || BLOCK_TAGS.has(name.toLowerCase())),
  );
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', laquo: '«',
  raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', aelig: 'æ', AElig: 'Æ',
  oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', eacute: 'é', shy: '',
};

/** Decodes the HTML character references in `text` (`&amp;`, `&#230;`, `&#xE6;`; HTML allows `&#XE6;` too). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (match, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // A surrogate code point is no character (it would leave a lone surrogate in the text, which
      // no UTF-8 file can hold): like NUL and values past U+10FFFF, it stays as written.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : match;
    }
    return ownEntry(NAMED_ENTITIES, body) ?? match;
  });
}
