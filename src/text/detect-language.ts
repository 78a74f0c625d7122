import { textArgument } from '../options.js';

/** Function words frequent in one of the two languages and rare in the other. */
const NORWEGIAN = new Set(
  ('og i det som på er en til å av for med at har de ikke den om et fra men vi seg var jeg så han hun etter også ble kan ' +
    'skal vil nå da der dette her eller dem sin sine sitt mot hva alle noen når hvor hvis enn ved over under før mellom ' +
    'hvordan hvorfor både blant uten ifølge slik selv derfor likevel hadde være vært blir bli blitt ikkje eg ein eit kva').split(' '),
);
const ENGLISH = new Set(
  ('the and of to in is that it was for on are as with his they be at one have this from or had by but not what all were ' +
    'we when your can said there an which she do their if will up other about out many then them these so some her would ' +
    'make like him into time has two more its who been than could after also did most where through much should while').split(' '),
);

/** A language guess: `nb` or `en`, or `undefined` when the text shows neither. */
export interface LanguageGuess {
  lang: 'nb' | 'en' | undefined;
  /** Share of the recognised function words that belong to the guessed language, 0.5 to 1. */
  confidence: number;
  /** Function words recognised. */
  evidence: number;
}

/**
 * Tells Norwegian from English by their function words and the letters æ, ø, å, with no model
 * and no network. Needs a few words of running text; a heading or a list of names may give
 * `undefined`.
 */
export function detectLanguage(text: string): LanguageGuess {
  textArgument(text, 'text', 'detectLanguage');
  let norwegian = 0;
  let english = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (NORWEGIAN.has(word)) norwegian += 1;
    if (ENGLISH.has(word)) english += 1;
  }
  norwegian += Math.min(5, (sample.match(/[æøåÆØÅ]/g)?.length ?? 0) / 4);
  const evidence = norwegian + english;
  if (evidence < 2 || norwegian === english) return { lang: undefined, confidence: 0.5, evidence };
  const lang = norwegian > english ? 'nb' : 'en';
  return { lang, confidence: Math.max(norwegian, english) / evidence, evidence };
}
