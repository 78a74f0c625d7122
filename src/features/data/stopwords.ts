import type { KnownLanguage } from '../../text/language.js';

const NB = `og i det som på er en til å av for med at har de ikke den om et fra men vi seg var jeg så han hun
etter også ble kan skal vil nå da der dette her eller dem sin sine sitt mot hva alle noen når hvor hvis enn
ved over under før mellom hvordan hvorfor både blant uten ifølge slik selv samtidig derfor dermed likevel
ellers samme andre annen hele mange flere få disse deres hans hennes vår våre min mitt mine din ditt dine
dere oss meg deg ham henne man bare allerede fortsatt begge dessuten imidlertid blir bli blitt hadde være
vært får fikk gikk sa sier kom`;

const EN = `the a an and or but if then than so of to in on at by for with from into onto about as is are was were
be been being it its this that these those there here he she they we you i his her their our your my him them
us me not no yes also after before while when where which who whom whose what why how all some any both each
every other another such only own same very can could will would shall should may might must do does did has
have had since until during among between against without within through over under above below again
further once however meanwhile instead still yet already just even though although because despite`;

/** English words that are capitalised in running text without being names. */
const EN_CAPITALISED = `monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december prime minister president ministry defense defence foreign
affairs council security government army navy parliament mr mrs ms dr prof sir lord king queen prince
chairman secretary general spokesperson spokesman spokeswoman office department state court supreme
committee party senator governor mayor photo i`;

function set(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

const SETS = { nb: set(NB), en: set(EN) };
const CAPITALISED = set(EN_CAPITALISED);

/** Function words that never start a name when they open a sentence. */
export function stopwordsFor(rules: KnownLanguage | undefined): ReadonlySet<string> {
  return rules === undefined ? new Set() : SETS[rules];
}

/** Capitalised words that are not names in the given language (English days, months, titles). */
export function capitalisedCommonWordsFor(rules: KnownLanguage | undefined): ReadonlySet<string> {
  return rules === 'en' ? CAPITALISED : new Set();
}
