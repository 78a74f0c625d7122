import type { Span } from '../../types.js';
import { ownEntry } from '../../text/own-entry.js';

/** Directional quotation marks: opener → closer. Straight quotes cannot be paired reliably. */
const PAIRS: Readonly<Record<string, string>> = { '«': '»', '“': '”' };
/** The longest quotation kept whole, in UTF-16 code units. */
const LONGEST = 2000;

/**
 * A quotation embedded in a sentence of its own: after the closing mark the sentence goes on,
 * with the attribution or a comma (`«Vær klare. For seier!» skriver han.`, `“We came. We saw,” he
 * said.`). Such a quotation is one sentence with its frame, so no boundary falls inside it.
 *
 * A quotation made of short exclamations or slogans, each of one or two words (`«For fedrelandet.
 * For seier.»`, `“Ready. Steady. Go!”`), is one utterance and is held too, and so is a quoted
 * title or phrase with no sentence punctuation inside (`«Guitar Hero: World Tour»`).
 *
 * Any other quotation is not held: one that stands alone (`Det ble rene ord: «Han var et notorisk
 * rovdyr. Det var grusomt å høre på.»`), one closed before a new sentence, and one never closed in
 * the paragraph (a long or broken quote must not swallow what follows) split like the text around
 * them. Quotations longer than 2,000 characters are not held either.
 *
 * @returns spans from each held opening mark to just after its closing mark, relative to `text`.
 */
export function findEmbeddedQuotes(text: string): Span[] {
  const held: Span[] = [];
  const open: { at: number; closer: string }[] = [];
  const marks = /[«»“”]/gu;
  for (let mark = marks.exec(text); mark !== null; mark = marks.exec(text)) {
    const index = mark.index;
    const character = mark[0];
    const closer = ownEntry(PAIRS, character);
    if (closer !== undefined) {
      open.push({ at: index, closer });
      continue;
    }
    const top = open[open.length - 1];
    if (top === undefined || character !== top.closer) continue;
    open.pop();
    const end = index + 1;
    if (end - top.at <= LONGEST && (continuesAfter(text, end) || isSlogan(text.slice(top.at + 1, index)))) held.push({ start: top.at, end });
  }
  // Nested quotations lie inside the outer one; keep only the outermost spans, in order.
  held.sort((a, b) => a.start - b.start);
  const outer: Span[] = [];
  for (const span of held) {
    const last = outer[outer.length - 1];
    if (last !== undefined && span.start < last.end) continue;
    outer.push(span);
  }
  return outer;
}

/** Whether a quotation is a title or phrase (no sentence punctuation inside), or every piece of it has at most two words. */
function isSlogan(quoted: string): boolean {
  if (!/[.!?…]\s/u.test(quoted)) return true;
  if (quoted.length > 80) return false;
  return quoted.split(/[.!?…]+\s+/u).every((piece) => piece.trim().split(/\s+/u).length <= 2);
}

/** Whether the sentence goes on after a closing quotation mark: a comma or a lower-case word. */
function continuesAfter(text: string, end: number): boolean {
  const after = /^[\s"'»”’)\]]*(\S)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  if (/[,;–—]/u.test(after)) return true;
  return after !== after.toUpperCase() && after === after.toLowerCase();
}
