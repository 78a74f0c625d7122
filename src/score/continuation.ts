/** A first letter in lower case, after any opening punctuation a fragment may start with. */
const LOWER_CASE_START = /^[\s"'«»“”„‘’()[\]…\-–—]*\p{Ll}/u;

/**
 * Whether a sentence reads as the continuation of the one before it: its first letter is lower
 * case. The phenomenon is a segmenter's split inside a sentence (after an abbreviation, a
 * colon, a quotation or an ellipsis): the fragment belongs with its predecessor, and a
 * translation kept whole has one sentence for the two.
 */
export function isContinuation(text: string): boolean {
  return LOWER_CASE_START.test(text);
}
