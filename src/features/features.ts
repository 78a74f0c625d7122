import type { Features } from '../types.js';
import { countChars, countWords } from './length.js';
import { extractNames, type NameOptions } from './names.js';
import { extractNumbers } from './numbers.js';
import { profilePunctuation } from './punctuation.js';

/** Options of {@link extractFeatures}: the language and the name options. */
export type FeatureOptions = NameOptions;

/**
 * Everything about a sentence that survives translation: its numbers (normalised values), its
 * names (language-neutral keys), its length and its punctuation profile.
 *
 * @example
 * ```ts
 * extractFeatures('Krigen krevde 30.000 liv i Aserbajdsjan.', { lang: 'nb' }).numbers[0].value
 * //=> 30000
 * ```
 */
export function extractFeatures(sentence: string, options: FeatureOptions = {}): Features {
  const lang = options.lang ?? 'nb';
  return {
    numbers: extractNumbers(sentence, { lang }),
    names: extractNames(sentence, options),
    chars: countChars(sentence),
    words: countWords(sentence),
    punctuation: profilePunctuation(sentence),
  };
}
