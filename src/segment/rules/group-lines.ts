import type { Span } from '../../types.js';
import { isBoilerplate, isCredit } from '../../text/boilerplate.js';
import type { AbbreviationTable } from '../data/abbreviations.js';
import { endsWithAbbreviation } from './merge-abbreviation.js';

/** A line that ends a sentence: terminal punctuation, optionally followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:;]["'»”’)\]]*$/;
/** Lines no longer than this, all through a paragraph, are verse or a list, not wrapped prose. */
const SHORT_LINE = 50;
/** A line that starts a list item or a line of dialogue. */
const STARTS_ITEM = /^([–—•·*]|-\s|\d+[.)]\s)/;

/**
 * Decides which lines of a paragraph belong together. A single line break inside a paragraph
 * is usually a hard wrap and is unwrapped; it is kept as a boundary when the line before it
 * ends a sentence, is clearly shorter than the paragraph's full lines (a heading, byline or
 * caption line), or when either line is page boilerplate, a photo credit, a list item or dialogue.
 * In a paragraph of short lines only (verse, an address, a list without bullets), a line that
 * opens with a capital after one that ends without punctuation starts a new segment, since
 * wrapped prose fills its lines. In a paragraph of one word per line, each word is a segment.
 *
 * @returns groups of consecutive lines, as spans into `text`.
 */
export function groupLines(text: string, lines: readonly Span[], abbreviations: AbbreviationTable): Span[] {
  if (lines.length <= 1) return lines.map((line) => ({ start: line.start, end: line.end }));
  let longest = 0;
  let words = true;
  for (const line of lines) {
    longest = Math.max(longest, line.end - line.start);
    if (words && /\s/u.test(text.slice(line.start, line.end))) words = false;
  }
  const groups: Span[] = [];
  let group: Span = { start: lines[0]!.start, end: lines[0]!.end };
  for (let index = 1; index < lines.length; index += 1) {
    const previous = text.slice(lines[index - 1]!.start, lines[index - 1]!.end);
    const next = lines[index]!;
    const nextText = text.slice(next.start, next.end);
    // A paragraph of one word per line is a word list: every word is an item.
    if (words || isLineBoundary(previous, nextText, longest, abbreviations)) {
      groups.push(group);
      group = { start: next.start, end: next.end };
    } else {
      group.end = next.end;
    }
  }
  groups.push(group);
  return groups;
}

function isLineBoundary(previous: string, next: string, longest: number, abbreviations: AbbreviationTable): boolean {
  if (isBoilerplate(previous) || isBoilerplate(next) || isCredit(next)) return true;
  if (STARTS_ITEM.test(next)) return true;
  if (ENDS_SENTENCE.test(previous)) return !endsWithAbbreviation(previous, abbreviations, next);
  if (longest <= SHORT_LINE && /^["'«“(]*\p{Lu}/u.test(next) && !/[,;–—-]$/u.test(previous)) return true;
  return previous.length < 0.7 * longest;
}
