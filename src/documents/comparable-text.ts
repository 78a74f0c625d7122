/**
 * Texts as pairing's duplicate checks compare them: runs of white space (what `\s` matches) read
 * as one space, the ends trimmed. Two documents that differ only in line breaks and indentation
 * are the same document.
 */

/** The text as the duplicate checks compare it. */
export function comparableText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a char code is white space as `\s` reads it (ECMAScript's WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * A 53-bit hash of {@link comparableText}, computed in one walk over the char codes without
 * building it (two 32-bit multiplicative hashes, FNV-1a and a MurmurHash-style mix), and -1 for
 * a text of white space only. Equal comparable texts have equal hashes; a collection's duplicate
 * check compares the texts themselves only when two hashes meet, so it holds no normalised copy
 * of the collection.
 */
export function comparableHash(text: string): number {
  let first = 0x811c9dc5;
  let second = 0x9747b28c;
  let written = 0;
  let space = false;
  const mix = (code: number) => {
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
    second ^= second >>> 15;
    written += 1;
  };
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      space = written > 0;
      continue;
    }
    if (space) {
      mix(0x20);
      space = false;
    }
    mix(code);
  }
  if (written === 0) return -1;
  return (first >>> 0) * 0x200000 + ((second >>> 0) >>> 11);
}
