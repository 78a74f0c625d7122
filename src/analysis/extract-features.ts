import type { Features } from '../types.js';
import { countWords } from '../features/length.js';
import type { NameOptions } from '../features/names.js';
import { analyseSentence } from './analyse-sentence.js';
import { optionsObject, textArgument } from '../options.js';

/** Options of {@link extractFeatures}: the language and the name options. */
export type FeatureOptions = NameOptions;

/**
 * Everything about a sentence that survives translation: its numbers (normalised values), its
 * names (language-neutral keys), its length and its punctuation profile. A view of the one
 * analysis every stage reads ({@link analyseSentence}), so it can never disagree with the
 * aligner, the checks or pairing.
 *
 * @example
 * ```ts
 * extractFeatures('Krigen krevde 30.000 liv i Aserbajdsjan.', { lang: 'nb' }).numbers[0].value
 * //=> 30000
 * ```
 */
export function extractFeatures(sentence: string, options: FeatureOptions = {}): Features {
  textArgument(sentence, 'sentence', 'extractFeatures');
  optionsObject(options, 'extractFeatures');
  const analysis = analyseSentence(sentence, {
    lang: options.lang ?? 'nb',
    ...(options.knownNames === undefined ? {} : { knownNames: options.knownNames }),
    ...(options.gazetteer === undefined ? {} : { gazetteer: options.gazetteer }),
  });
  return {
    numbers: analysis.numbers,
    names: analysis.mentions,
    chars: analysis.chars,
    words: countWords(sentence),
    punctuation: analysis.punctuation,
  };
}
