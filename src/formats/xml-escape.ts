/**
 * What XML 1.0 cannot hold, even as a character reference: C0 controls other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE and U+FFFF (the `Char` production of XML 1.0 §2.2).
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

const XML_FORBIDDEN_ANY = new RegExp(XML_FORBIDDEN.source, 'u');

/** Escapes text for XML content and attribute values; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Whether `text` holds a character that XML 1.0 cannot hold, which {@link escapeXml} drops. */
export function hasXmlForbidden(text: string): boolean {
  return XML_FORBIDDEN_ANY.test(text);
}

/**
 * Escapes text for XML content that must read back exactly: as {@link escapeXml}, and a carriage
 * return is written `&#xD;`, since an XML parser turns a raw one (alone or before a line feed)
 * into a line feed (XML 1.0 §2.11). What XML cannot hold is replaced by U+FFFD, visibly, for a
 * writer that carries the exact text elsewhere (see {@link hasXmlForbidden}).
 */
export function escapeXmlText(text: string): string {
  return escapeXml(replaceXmlForbidden(text)).replace(/\r/g, '&#xD;');
}

/** `text` with every character XML 1.0 cannot hold replaced by U+FFFD: what a parser reads back of {@link escapeXmlText}. */
export function replaceXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '\ufffd');
}
