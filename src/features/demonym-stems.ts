import { NORWEGIAN_DEMONYM_STEMS } from './data/gazetteer.js';

/** The endings a Norwegian nationality stem takes as an adjective or a noun (`russisk-e`, `amerikaner-ne`). */
const ENDINGS = ['', 'e', 'en', 'ene', 'er', 'ere', 'erne', 'ne', 's', 'es', 'ens'] as const;

const STEMS: ReadonlySet<string> = new Set(NORWEGIAN_DEMONYM_STEMS);

/**
 * Whether a lower-cased Norwegian word is a nationality stem with an adjective's or a noun's
 * ending (`russiske`, `amerikanerne`), not a country (`tyskland`). The word is cut at each of the
 * few endings and the rest looked up, instead of testing every stem: a handful of set lookups
 * a word, whatever the size of the gazetteer.
 */
export function hasNorwegianDemonymEnding(lower: string): boolean {
  for (const ending of ENDINGS) {
    if (lower.length >= ending.length && lower.endsWith(ending) && STEMS.has(lower.slice(0, lower.length - ending.length))) return true;
  }
  return false;
}
