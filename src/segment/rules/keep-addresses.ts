import type { Span } from '../../types.js';
import { isSpace } from './find-paragraphs.js';

/**
 * Web addresses and e-mail addresses (`http://example.com/a?b=1`, `www.nrk.no/nyheter`,
 * `ola.nordmann@example.no`) hold points and question marks that end nothing; Intl.Segmenter
 * breaks after the `?` of a query string. Punctuation at an address's end (`… at www.nrk.no.`)
 * is the sentence's, not the address's.
 */
const ADDRESS = /^["'«“(<\[]*((?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/iu;
/** What marks a token as a possible address. */
const MARKER = /@|:\/\/|www\./giu;
/** Longest token read as an address. */
const LONGEST = 2000;

/**
 * The spans of the web and e-mail addresses in `text`; no sentence boundary falls inside one.
 * Each white-space-delimited token that holds `@`, `://` or `www.` is read once, so time is
 * linear in the text's length.
 *
 * @returns spans relative to `text`, in order, without trailing punctuation.
 */
export function findAddresses(text: string): Span[] {
  const spans: Span[] = [];
  let done = 0;
  for (let marker = MARKER.exec(text); marker !== null; marker = MARKER.exec(text)) {
    if (marker.index < done) continue;
    let start = marker.index;
    while (start > done && !isSpace(text.charCodeAt(start - 1))) start -= 1;
    let end = marker.index;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
    done = end;
    MARKER.lastIndex = end;
    if (end - start > LONGEST) continue;
    const token = text.slice(start, end);
    const match = ADDRESS.exec(token);
    if (match === null) continue;
    const address = match[1]!;
    const at = start + match[0].length - address.length;
    const trailing = /[.,;:!?)\]'’"»”>]+$/u.exec(address)?.[0].length ?? 0;
    spans.push({ start: at, end: at + address.length - trailing });
  }
  return spans;
}
