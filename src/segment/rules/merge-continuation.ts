import { firstWordCharacter, isLowercase } from './merge-abbreviation.js';

/**
 * Whether the text after a candidate boundary continues the sentence before it, because it opens
 * with a lower-case word in text that writes capitals at sentence starts. That is the case after
 * a closing quotation mark or bracket (`«Hva skjer?» spurte hun.`, `"Why?" he asked.`), after an
 * ellipsis (`Jeg er jo ikke noen liten... og nå`), after a point (an abbreviation not in the list),
 * and after `?` or `!` in a line of dialogue (`– Hva skjer? spør hun.`). A bare `?` or `!` before
 * a lower-case word outside dialogue ends the sentence (`are you kidding? why would you`), and so
 * does everything in text that {@link findLowercaseStarts} says writes without capitals. A dialogue dash always starts a new
 * sentence.
 *
 * @param before the end of the sentence so far, up to the boundary.
 * @param after the text from the boundary on.
 * @param dialogue whether the sentence is in a line of dialogue: it, or a sentence before it in the
 * same speech, opens with a dialogue dash ({@link opensDialogue}).
 */
export function continuesSentence(before: string, after: string, dialogue: boolean, withoutCapitals: boolean): boolean {
  if (withoutCapitals) return false;
  const trimmed = after.trimStart();
  if (/^[–—-]\s/u.test(trimmed)) return false;
  if (!isLowercase(firstWordCharacter(trimmed.slice(0, 40)))) return false;
  // Only when the lower-case word comes before any other sentence-internal break.
  const lead = /^[\s"'«»“”‘’„()[\]]*/u.exec(trimmed)?.[0].length ?? 0;
  if (!isLowercase(trimmed[lead] ?? '')) return false;
  const end = before.trimEnd();
  if (/["'»”’)\]]$/u.test(end) || /(?:\.\.|…)$/u.test(end) || /\.$/u.test(end)) return true;
  return dialogue;
}

/** Whether a sentence starting with `start` opens with a dialogue dash. */
export function opensDialogue(start: string): boolean {
  return /^\s*(?:[–—-]\s|-\p{Lu})/u.test(start);
}
