import type { KnownLanguage } from '../../text/language.js';

/**
 * How an abbreviation behaves at a candidate sentence boundary.
 * - `inner`: never ends a sentence (`bl.a.`, `f.eks.`, `Mr.`): the boundary after it is removed.
 * - `final`: may end a sentence (`osv.`, `etc.`): the boundary stays when the next word is capitalised.
 * - `numeric`: an abbreviation only before a number (`nr. 5`, `No. 5`, `kl. 14.30`).
 */
export type AbbreviationKind = 'inner' | 'final' | 'numeric';

/** Abbreviation table: lower-case form without the final point → kind. */
export type AbbreviationTable = ReadonlyMap<string, AbbreviationKind>;

function table(entries: Record<AbbreviationKind, string>): AbbreviationTable {
  const map = new Map<string, AbbreviationKind>();
  for (const kind of ['inner', 'final', 'numeric'] as const) {
    for (const word of entries[kind].split(/\s+/)) if (word) map.set(word, kind);
  }
  return map;
}

const NB = table({
  inner:
    'bl.a f.eks ca jf jfr dvs d.v.s iflg ifr pga p.g.a mht m.h.t ift i.f.t iht i.h.t vedr ang evt ev inkl ekskl ' +
    'st dr prof adm dir gen kap tlf vs avd div fig tab ref resp henh fhv tidl hr fr frk sen stud cand ph.d red anm ' +
    'jan feb mar apr aug sep sept okt nov des mnd min sek t.o.m f.o.m f.kr e.kr årh o.a d.e ds dsp ' +
    'gl nyn bm eng lat fork forts adr postb ss sml sign utg mr mrs ms p.s ps',
  final: 'osv etc m.fl mv m.v m.m o.l mfl mm ol pst mill mrd kr',
  numeric: 'nr kl s no str pkt avsn bd',
});

const EN = table({
  inner:
    'mr mrs ms dr prof st sr jr gen col lt sgt capt gov sen rep rev hon pres supt messrs mme mlle e.g i.e vs ' +
    'vol fig jan feb mar apr jun jul aug sep sept oct nov dec approx dept est mt ft al cf ca ch pp ed eds v drs p.s ps p.p.s',
  final: 'etc inc ltd co corp u.s u.k u.n a.m p.m bros plc',
  numeric: 'no nos art p ext tel sec para',
});

/** A small language-neutral list for the languages bitekst has no own rules for (German, French, Icelandic …). */
const GENERIC = table({
  inner: 'z.b bzw ca dr prof st nr mr mrs m mme mlle hr fr jh vgl sog u.a d.h e.g i.e cf s.a o.ä bl.a t.d',
  final: 'usw etc u.ä o.ä',
  numeric: 'no nr',
});

/** The built-in abbreviation table for a rule set (`undefined`: language-neutral). */
export function abbreviationsFor(rules: KnownLanguage | undefined): AbbreviationTable {
  return rules === 'nb' ? NB : rules === 'en' ? EN : GENERIC;
}
