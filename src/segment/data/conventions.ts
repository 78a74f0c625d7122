import type { KnownLanguage } from '../../text/language.js';

/** Writing conventions of a language that the segmentation rules read. */
export interface Conventions {
  /**
   * Whether a capital letter after a colon marks an independent sentence. Norwegian orthography
   * (Språkrådet's rule for the colon) writes a capital there only before a full sentence or a
   * quotation, so it is a signal. English has no single norm (Chicago lower-cases a sentence after
   * a colon, APA capitalises it; names, `I` and title-case headings take capitals anyway), and the
   * language-neutral rules cannot know, so there it is not.
   */
  capitalAfterColonStartsSentence: boolean;
}

const NB: Conventions = Object.freeze({ capitalAfterColonStartsSentence: true });
const OTHER: Conventions = Object.freeze({ capitalAfterColonStartsSentence: false });

/** The conventions of a rule set (`undefined`: language-neutral). */
export function conventionsFor(rules: KnownLanguage | undefined): Conventions {
  return rules === 'nb' ? NB : OTHER;
}
