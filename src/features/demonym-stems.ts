import { NORWEGIAN_DEMONYM_STEMS } from './data/gazetteer.js';

/** The endings a Norwegian nationality stem takes as an adjective or a noun (`russisk-e`, `amerikaner-ne`). */
const ENDINGS = ['', 'e', 'en', 'ene', 'er', 'ere', 'erne', 'ne', 's', 'es', 'ens'] as const;

/**
 * Every stem with every ending: a word is one of these or it is no nationality form, so one set
 * look-up answers for it (the names' reader asks for every lower-case Norwegian word).
 */
const FORMS: ReadonlySet<string> = new Set(NORWEGIAN_DEMONYM_STEMS.flatMap((stem) => ENDINGS.map((ending) => stem + ending)));

/**
 * Whether a lower-cased Norwegian word is a nationality stem with an adjective's or a noun's
 * ending (`russiske`, `amerikanerne`), not a country (`tyskland`): one look-up a word, whatever
 * the size of the gazetteer.
 */
export function hasNorwegianDemonymEnding(lower: string): boolean {
  return FORMS.has(lower);
}
