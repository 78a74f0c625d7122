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

/** English days and months: capitalised, and also surnames after an honorific (`Mrs May`). */
const EN_CALENDAR = `monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december`;

/** English words that are capitalised in running text without being names. */
const EN_CAPITALISED = `${EN_CALENDAR} prime minister president ministry defense defence foreign
affairs council security government army navy parliament mr mrs ms dr prof sir lord king queen prince
chairman secretary general spokesperson spokesman spokeswoman office department state court supreme
committee party senator governor mayor photo i`;

function set(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

const SETS = { nb: set(NB), en: set(EN) };
const CAPITALISED = set(EN_CAPITALISED);
const CALENDAR = set(EN_CALENDAR);

/** Whether a word is an English day or month name (`May`, `Friday`). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word.toLowerCase());
}

/** Function words that never start a name when they open a sentence. */
export function stopwordsFor(rules: KnownLanguage | undefined): ReadonlySet<string> {
  return rules === undefined ? new Set() : SETS[rules];
}

/** Capitalised words that are not names in the given language (English days, months, titles). */
export function capitalisedCommonWordsFor(rules: KnownLanguage | undefined): ReadonlySet<string> {
  return rules === 'en' ? CAPITALISED : new Set();
}

/**
 * Titles and honorifics, abbreviated or not, in Norwegian and English (`Dr`, `Rev`, `Capt`,
 * `Mr.`, `fru`): capitalised before a name, never a name themselves.
 */
const TITLES = set(`mr mrs ms miss mx dr prof sir dame lord lady rev revd reverend capt captain col colonel gen
lt sgt cpl maj major cmdr adm hon fr sr jr st herr hr fru frk sen senator rep gov governor chancellor pres supt insp det statsminister utenriksminister ordfører professor dommer biskop
kong konge dronning prins prinsesse kronprins kronprinsesse`);

/** ISO 4217 codes of currencies common in news: written in capitals, but amounts, not names. */
const CURRENCY_CODES = set(`usd eur gbp nok sek dkk isk jpy cny rmb chf cad aud nzd inr rub try pln huf czk brl mxn zar krw hkd sgd`);

/** Function words that are also common first names (`Even`, `Hans`, `Will`) or months (`May`): left to the other rules. */
const NAME_HOMOGRAPHS = set('may will even hans man can');

/** Words of both languages' function-word lists (a Norwegian text quotes English and the other way). */
const FUNCTION_WORDS = new Set([...SETS.nb, ...SETS.en].filter((word) => !NAME_HOMOGRAPHS.has(word)));

/** Whether a word (with or without its point) is a title or honorific: `Mr.`, `Dr`, `Capt`. */
export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Whether a capitalised word is never a name on its own: a function word or pronoun of either
 * language (with an English contraction: `We've`, `I'm`), a title or honorific, or a currency code.
 */
export function isNeverName(word: string): boolean {
  const lowered = word.toLowerCase().replace(/\.$/, '');
  const stem = lowered.replace(/['’](s|ve|m|re|ll|d|t)$/, '');
  return FUNCTION_WORDS.has(stem) || TITLES.has(stem) || CURRENCY_CODES.has(lowered);
}

/** Whether a word is a currency code (`GBP`, `NOK`). */
export function isCurrencyCode(word: string): boolean {
  return CURRENCY_CODES.has(word.toLowerCase());
}
