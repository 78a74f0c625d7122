import type { KnownLanguage } from '../../text/language.js';

/**
 * Number words that are numbers and nothing else in running text. `en`/`ett`/`one`/`a` are left
 * out on purpose: they are articles far more often than numbers, in both languages.
 */
export interface NumberWordTable {
  /** Word → value. */
  values: ReadonlyMap<string, number>;
  /** Words that multiply the number before them (`to hundre`, `2 millioner`), or stand alone. */
  multipliers: ReadonlyMap<string, number>;
}

function words(list: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const entry of list.split(/\s+/)) {
    const [word, value] = entry.split('=');
    if (word && value) map.set(word, Number(value));
  }
  return map;
}

const NB: NumberWordTable = {
  values: words(
    'to=2 tre=3 fire=4 fem=5 seks=6 sju=7 syv=7 åtte=8 ni=9 ti=10 elleve=11 tolv=12 tretten=13 fjorten=14 ' +
      'femten=15 seksten=16 sytten=17 atten=18 nitten=19 tjue=20 tyve=20 tretti=30 tredve=30 førti=40 femti=50 ' +
      'seksti=60 sytti=70 åtti=80 nitti=90 dusin=12 ' +
      // Fractions and words for a pair: `halvparten` = half, `et par` ≈ a couple, `begge` = both.
      'halvparten=0.5 halv=0.5 halvannen=1.5 kvart=0.25 fjerdedel=0.25 tredjedel=0.333333 par=2 begge=2 dobbelt=2',
  ),
  multipliers: words(
    'hundre=100 tusen=1000 million=1000000 millioner=1000000 mill=1000000 milliard=1000000000 ' +
      'milliarder=1000000000 mrd=1000000000 billion=1000000000000 billioner=1000000000000',
  ),
};

const EN: NumberWordTable = {
  values: words(
    'two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 ' +
      'fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 ' +
      'fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 dozen=12 ' +
      'half=0.5 quarter=0.25 couple=2 pair=2 both=2 twice=2 double=2',
  ),
  multipliers: words(
    'hundred=100 thousand=1000 million=1000000 millions=1000000 mn=1000000 billion=1000000000 ' +
      'billions=1000000000 bn=1000000000 trillion=1000000000000 trillions=1000000000000 tn=1000000000000',
  ),
};

const NONE: NumberWordTable = { values: new Map(), multipliers: new Map() };

/** The number words of a rule set; language-neutral text has none. */
export function numberWordsFor(rules: KnownLanguage | undefined): NumberWordTable {
  return rules === 'nb' ? NB : rules === 'en' ? EN : NONE;
}

/** Words after a number that make it a percentage. */
export const PERCENT_WORDS = new Set(['prosent', 'pst', 'prosentpoeng', 'percent', 'per cent', 'pct', 'procent', 'prozent', 'pour cent', 'prósent']);

/**
 * Number words that stand for a number only loosely (`begge`/`both`, `et par`/`a couple`,
 * `halvparten`/`half`, `dobbelt`/`twice`): they meet a number on the other side when it is there,
 * but their absence says nothing, so they are never reported.
 */
export const SOFT_NUMBER_WORDS: ReadonlySet<string> = new Set(
  'halvparten halv halvannen kvart fjerdedel tredjedel par begge dobbelt half quarter couple pair both twice double'.split(' '),
);
