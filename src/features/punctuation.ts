import type { PunctuationProfile } from '../types.js';
import { textArgument } from '../options.js';

/**
 * Counts the punctuation that tends to survive translation. Apostrophes inside words (`it’s`,
 * `Armenia’s`) are not quotes.
 */
export function profilePunctuation(text: string): PunctuationProfile {
  textArgument(text, 'text', 'profilePunctuation');
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return {
    question: count(/[?¿]/g),
    exclamation: count(/[!¡]/g),
    quote: count(/[«»“”„"]|(?<!\p{L})[‘’']|[‘’'](?!\p{L})/gu),
    bracket: count(/[()[\]{}]/g),
    dialogueDash: /^\s*[–—]\s/.test(text) ? 1 : 0,
    colon: count(/:(?!\d)/g),
  };
}
