import type { Span } from '../../types.js';

/** A paragraph: a block of text between blank lines, with the spans of its non-blank lines. */
export interface Paragraph extends Span {
  lines: Span[];
}

/**
 * Splits text into paragraphs at blank (or white-space-only) lines, recording each non-blank
 * line's span. Offsets are into `text`; trailing white space is excluded from every span.
 */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Span[] = [];
  const flush = () => {
    if (current.length > 0) {
      paragraphs.push({ start: current[0]!.start, end: current[current.length - 1]!.end, lines: current });
      current = [];
    }
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
    if (start === end) flush();
    else current.push({ start, end });
    lineStart = lineEnd + 1;
  }
  flush();
  return paragraphs;
}

/** White space, including no-break spaces and the byte-order mark. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000
  );
}
