import type { Span } from '../types.js';
import type { AbbreviationTable } from './data/abbreviations.js';
import type { Conventions } from './data/conventions.js';
import { findIntlBoundaries } from './intl-boundaries.js';
import { findAddresses } from './rules/keep-addresses.js';
import { findAddressBreaks } from './rules/split-addresses.js';
import { findEmbeddedQuotes } from './rules/keep-embedded-quotes.js';
import { findEnumeratorEnd } from './rules/keep-enumerator.js';
import { endsWithAbbreviation } from './rules/merge-abbreviation.js';
import { continuesSentence, opensDialogue } from './rules/merge-continuation.js';
import { findColonBreaks } from './rules/split-colon.js';
import { findDatelineBreak } from './rules/split-dateline.js';
import { findDialogueBreaks } from './rules/split-dialogue.js';
import { findDigitStartBreaks } from './rules/split-digit-start.js';
import { findEmoticonBreaks } from './rules/split-emoticon.js';
import { findLowercaseStarts } from './rules/split-lowercase-style.js';

/**
 * Sentence boundaries inside one group of lines (`text`, a single logical line).
 *
 * Candidates come from Intl.Segmenter and from the split rules (standalone addresses, dialogue
 * dashes, colons before a sentence, sentences that open with a number, emoticons, lower-case
 * sentence starts in text written without capitals, a leading dateline). A candidate inside a web
 * or e-mail address or an embedded quotation, just before an emoticon or just after a list item's
 * number, is dropped; one found only by Intl.Segmenter is also dropped after an abbreviation or
 * before a lower-case continuation. Each rule lives in `rules/`, one heuristic per file.
 *
 * @returns the kept boundaries, ascending, as offsets into `text` (0 and `text.length` excluded).
 */
export function findSentenceBoundaries(text: string, intl: Intl.Segmenter, table: AbbreviationTable, conventions: Conventions): number[] {
  const lowercase = findLowercaseStarts(text, table);
  const withoutCapitals = lowercase.withoutCapitals;
  const emoticons = findEmoticonBreaks(text, withoutCapitals);
  const addresses = findAddresses(text);
  const forced = new Set<number>([
    ...findAddressBreaks(text, addresses),
    ...findDialogueBreaks(text, table),
    ...findColonBreaks(text, conventions.capitalAfterColonStartsSentence),
    ...findDigitStartBreaks(text, table),
    ...emoticons.breaks,
    ...lowercase.breaks,
  ]);
  const dateline = findDatelineBreak(text);
  if (dateline !== undefined) forced.add(dateline);
  const vetoed = new Set(emoticons.vetoes);
  const enumerator = findEnumeratorEnd(text);
  if (enumerator !== undefined) vetoed.add(enumerator);
  const held = mergeSpans([...addresses, ...findEmbeddedQuotes(text)]);
  const candidates = new Set<number>(forced);
  for (const boundary of findIntlBoundaries(text, intl)) candidates.add(boundary);
  const kept: number[] = [];
  let start = 0;
  let dialogue = opensDialogue(text.slice(0, 8));
  let span = 0;
  for (const boundary of [...candidates].sort((a, b) => a - b)) {
    if (boundary <= 0 || boundary >= text.length || vetoed.has(boundary)) continue;
    while (span < held.length && held[span]!.end <= boundary) span += 1;
    if (span < held.length && held[span]!.start < boundary) continue;
    if (!forced.has(boundary)) {
      const before = text.slice(Math.max(start, boundary - 100), boundary);
      const after = text.slice(boundary, boundary + 200);
      if (endsWithAbbreviation(before, table, after)) continue;
      if (continuesSentence(before, after, dialogue, withoutCapitals)) {
        // The attribution (`… spør Espen.`) ends the speech: what follows is narrative again.
        dialogue = false;
        continue;
      }
    }
    kept.push(boundary);
    start = boundary;
    // A line of dialogue runs from its dash over the sentences of the same speech.
    dialogue = dialogue || opensDialogue(text.slice(boundary, boundary + 8));
  }
  return kept;
}

/** Sorts spans and joins overlapping ones. */
function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
