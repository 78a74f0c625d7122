/** Opening punctuation a sentence fragment may start with before its first letter. */
const OPENING = /^[\s"'«»“”„‘’()[\]…\-–—]*/u;

/**
 * Whether a sentence reads as the continuation of the one before it: its first letter is lower
 * case. The phenomenon is a segmenter's split inside a sentence (after an abbreviation, a
 * colon, a quotation or an ellipsis): the fragment belongs with its predecessor, and a
 * translation kept whole has one sentence for the two.
 */
export function isContinuation(text: string): boolean {
  const rest = text.replace(OPENING, '');
  return /^\p{Ll}/u.test(rest);
}
