import { diffArrays } from 'diff';
import { distance } from 'fastest-levenshtein';
import type { SourceChange } from '../types.js';

/** Sentences equal up to white space and quotation style compare equal. */
export function normaliseSentence(text: string): string {
  return text
    .replace(/[«»“”„"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Similarity of two sentences in [0, 1], by character edit distance. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/**
 * Sentence-level changes between two versions, from jsdiff's `diffArrays` (Myers 1986) over the
 * normalised sentences. In each hunk of removed and added sentences, pairs similar enough (at
 * least `minSimilarity`) in order are `edited`, the rest `deleted` and `inserted`; a deleted
 * sentence that reappears unchanged elsewhere is `moved`. Word-level detail is added later.
 */
export function diffSentences(oldTexts: readonly string[], newTexts: readonly string[], minSimilarity = 0.5): SourceChange[] {
  const oldNorm = oldTexts.map(normaliseSentence);
  const newNorm = newTexts.map(normaliseSentence);
  const parts = diffArrays(oldNorm, newNorm);
  const changes: SourceChange[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count; k += 1) changes.push({ type: 'unchanged', old: oldAt++, new: newAt++ });
      continue;
    }
    // A hunk: removed and added runs next to each other.
    let removed = 0;
    let added = 0;
    while (index < parts.length && (parts[index]!.added || parts[index]!.removed)) {
      if (parts[index]!.removed) removed += parts[index]!.count;
      else added += parts[index]!.count;
      index += 1;
    }
    index -= 1;
    changes.push(...pairHunk(oldNorm, newNorm, oldAt, removed, newAt, added, minSimilarity));
    oldAt += removed;
    newAt += added;
  }
  return markMoves(changes, oldNorm, newNorm);
}

/** Pairs the removed and added sentences of one hunk, in order, by similarity. */
function pairHunk(oldNorm: string[], newNorm: string[], oldStart: number, removed: number, newStart: number, added: number, minSimilarity: number): SourceChange[] {
  const changes: SourceChange[] = [];
  let next = newStart;
  for (let old = oldStart; old < oldStart + removed; old += 1) {
    let match = -1;
    // Look ahead a little among the added sentences for this one's new form.
    for (let candidate = next; candidate < Math.min(newStart + added, next + 5); candidate += 1) {
      if (similarity(oldNorm[old]!, newNorm[candidate]!) >= minSimilarity) {
        match = candidate;
        break;
      }
    }
    if (match === -1) {
      changes.push({ type: 'deleted', old });
      continue;
    }
    for (; next < match; next += 1) changes.push({ type: 'inserted', new: next });
    changes.push({ type: 'edited', old, new: match });
    next = match + 1;
  }
  for (; next < newStart + added; next += 1) changes.push({ type: 'inserted', new: next });
  return changes;
}

function markMoves(changes: SourceChange[], oldNorm: string[], newNorm: string[]): SourceChange[] {
  const inserted = new Map<string, SourceChange[]>();
  for (const change of changes) if (change.type === 'inserted') (inserted.get(newNorm[change.new!]!) ?? inserted.set(newNorm[change.new!]!, []).get(newNorm[change.new!]!)!).push(change);
  const result: SourceChange[] = [];
  const absorbed = new Set<SourceChange>();
  for (const change of changes) {
    if (change.type !== 'deleted') continue;
    const twin = inserted.get(oldNorm[change.old!]!)?.shift();
    if (twin === undefined) continue;
    change.type = 'moved';
    change.new = twin.new!;
    absorbed.add(twin);
  }
  for (const change of changes) if (!absorbed.has(change)) result.push(change);
  return result;
}
