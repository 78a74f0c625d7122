import type { Span } from '../../types.js';

/**
 * A web or e-mail address that stands on its own, as links and signatures do in web text and
 * e-mail: after a finished sentence or a colon (`… Well worth a visit. http://example.org/`),
 * after another address (a list of links), and before a capitalised sentence that follows it
 * (`… ola@example.no Our office is …`). Its lower case says nothing about a sentence start, so
 * Intl.Segmenter keeps it with the sentence before. After a colon an address is what the colon
 * introduces (`Email: ola@example.no`, `go to: http://…`) and stays, as the colon rule has it.
 *
 * @param addresses the spans `findAddresses` found in `text`.
 * @returns offsets relative to `text`, at the start of such an address or of the sentence after it.
 */
export function findAddressBreaks(text: string, addresses: readonly Span[]): number[] {
  const breaks: number[] = [];
  let previousEnd = -1;
  for (const address of addresses) {
    const before = text.slice(Math.max(0, address.start - 12), address.start);
    // The address with its opening brackets or quotes, if any.
    const lead = /["'«“(<\[]*$/u.exec(before)?.[0].length ?? 0;
    const start = address.start - lead;
    const gap = text.slice(Math.max(0, start - 8), start);
    const afterAddress = previousEnd !== -1 && /^\s+$/u.test(text.slice(previousEnd, start));
    if (start > 0 && /\s$/u.test(gap) && (afterAddress || /[.!?…]["'»”’)\]]*\s+$/u.test(gap))) breaks.push(start);
    // Trailing punctuation belongs to the sentence; a capitalised sentence after the address starts anew.
    const rest = /^([^\s]*)(\s+)(?=["'«“(]*\p{Lu}\p{Ll})/u.exec(text.slice(address.end, address.end + 40));
    if (rest !== null && !/[,;]$/u.test(rest[1]!)) breaks.push(address.end + rest[1]!.length + rest[2]!.length);
    previousEnd = address.end + (/^[^\s]*/u.exec(text.slice(address.end, address.end + 40))?.[0].length ?? 0);
  }
  return breaks;
}
