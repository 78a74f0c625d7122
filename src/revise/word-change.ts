import { diffWordsWithSpace } from 'diff';
import { distance } from 'fastest-levenshtein';
import { namesMatch } from '../features/name-key.js';
import { analyseSentence } from '../analysis/analyse-sentence.js';
import type { WordChange } from '../types.js';

/** The word-level difference of an edited sentence, from jsdiff's `diffWordsWithSpace`. */
export function wordChanges(oldText: string, newText: string): WordChange[] {
  return diffWordsWithSpace(oldText, newText).map((part) => ({ type: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}

/** Numbers and names whose values differ between two versions of a sentence, as `23 → 31`. */
export function contentChanges(oldText: string, newText: string, lang: string): string[] {
  const details: string[] = [];
  // Both versions read by the analysis every stage shares (numbers, names), once each.
  const before = analyseSentence(oldText, { lang });
  const after = analyseSentence(newText, { lang });
  const oldNumbers = before.numbers;
  const newNumbers = after.numbers;
  const oldValues = oldNumbers.map((number) => number.value);
  const newValues = newNumbers.map((number) => number.value);
  const gone = oldNumbers.filter((number) => !newValues.includes(number.value));
  const come = newNumbers.filter((number) => !oldValues.includes(number.value));
  for (let index = 0; index < Math.max(gone.length, come.length); index += 1) {
    details.push(`${gone[index]?.text ?? '–'} → ${come[index]?.text ?? '–'}`);
  }
  const oldNames = before.mentions;
  const newNames = after.mentions;
  const lost = oldNames.filter((name) => !newNames.some((other) => namesMatch(name.key, other.key)));
  const found = newNames.filter((name) => !oldNames.some((other) => namesMatch(name.key, other.key)));
  for (let index = 0; index < Math.max(lost.length, found.length); index += 1) {
    details.push(`${lost[index]?.text ?? '–'} → ${found[index]?.text ?? '–'}`);
  }
  return details;
}

/**
 * Whether an edit leaves the meaning for translation purposes alone: only white space,
 * punctuation or case changed, or words were corrected by at most two letters each (typos) —
 * and no number or name changed.
 */
export function isMinorEdit(words: readonly WordChange[], details: readonly string[]): boolean {
  if (details.length > 0) return false;
  const removed = words.filter((word) => word.type === 'removed').map((word) => word.text);
  const added = words.filter((word) => word.type === 'added').map((word) => word.text);
  const letters = (list: string[]) => list.join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const before = letters(removed);
  const after = letters(added);
  if (before === after) return true;
  if (removed.length !== added.length) return false;
  return removed.every((word, index) => {
    const a = word.toLowerCase();
    const b = added[index]!.toLowerCase();
    if (a.length < 4 || b.length < 4) return a.replace(/[^\p{L}]/gu, '') === b.replace(/[^\p{L}]/gu, '');
    let differences = Math.abs(a.length - b.length);
    for (let at = 0; at < Math.min(a.length, b.length); at += 1) if (a[at] !== b[at]) differences += 1;
    return differences <= 2 || distance(a, b) <= 2;
  });
}
