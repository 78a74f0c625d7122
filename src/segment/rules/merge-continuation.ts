import { firstWordCharacter, isLowercase } from './merge-abbreviation.js';

/**
 * The nesting depth of `«` after reading `text`, starting from `depth`: a sentence with an
 * unclosed `«` continues to the `»`.
 */
export function guillemetDepth(text: string, depth = 0): number {
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '«') depth += 1;
    else if (character === '»' && depth > 0) depth -= 1;
  }
  return depth;
}

/**
 * Whether the text after a candidate boundary continues the sentence before it: it starts with
 * a lower-case word (`«Hva skjer?» spurte hun.`), or the sentence so far (`sentenceLength`
 * characters) has `openQuotes` unclosed `«` (Norwegian quotes stay whole, up to 2,000 characters).
 * A dialogue dash always starts a new sentence.
 */
export function continuesSentence(openQuotes: number, sentenceLength: number, after: string): boolean {
  const trimmed = after.trimStart();
  if (/^[–—]\s/.test(trimmed)) return false;
  if (isLowercase(firstWordCharacter(trimmed.slice(0, 40)))) {
    // Only when the lower-case word comes before any other sentence-internal break.
    const lead = /^[\s"'«»“”‘’„()[\]]*/u.exec(trimmed)?.[0].length ?? 0;
    return isLowercase(trimmed[lead] ?? '');
  }
  return openQuotes > 0 && sentenceLength < 2000;
}
