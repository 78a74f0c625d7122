/**
 * Whether a capitalised word that opens a Norwegian sentence is a name, from its own sentence
 * alone. Capitals prove nothing there, but its shape and its neighbours can:
 *
 * - coordinated with a name (`Albania og Kroatia`, `Høyre, KrF og Venstre`);
 * - a genitive that is not a definite noun's (`Clintons oppdrag`, `Høyres drøm`, `Berntsens
 *   største feil`; but `Regjeringens forslag`, `Dagens tall`);
 * - the subject of a finite verb while it has none of the endings of a Norwegian common noun that
 *   stands without an article (definite `-en`, `-et`, `-a`, `-ene`, plural `-er`, derived `-ing`,
 *   `-het`, `-sjon` …): `Clinton ble`, `Elise tar`, `Høyre håper`; but `Politiet sier`.
 */
export function looksLikeInitialName(text: string, word: { start: number; end: number; text: string }, next: { start: number; text: string } | undefined, afterNext: { start: number; text: string } | undefined): boolean {
  const lowered = word.text.toLowerCase();
  // (A sentence of one capitalised word is as often a heading as a byline: no evidence.)
  if (next === undefined) return false;
  // A two-letter word is a name only as a party's or a body's short form before its verb (`Ap ønsker`).
  if (word.text.length < 3 && !(word.text.length === 2 && FINITE_VERBS.has(next.text.toLowerCase()) && /^\s+$/u.test(text.slice(word.end, next.start)))) return false;
  const between = text.slice(word.end, next.start);
  // Coordinated with a capitalised word that is not sentence-initial: a list of names.
  if (/^\s*[,&]\s*$/u.test(between) && /^\p{Lu}/u.test(next.text)) return !COMMON_START.has(next.text.toLowerCase());
  if (/^\s+$/u.test(between) && /^(?:og|eller)$/u.test(next.text) && afterNext !== undefined && /^\p{Lu}/u.test(afterNext.text)) return !COMMON_START.has(afterNext.text.toLowerCase());
  if (/^\s*,\s*$/u.test(between) === false && /^\s*$/u.test(between) === false) return false;
  const following = next.text;
  if (!/^\p{Ll}/u.test(following)) return false;
  if (COMMON_START.has(lowered)) return false;
  // Adverbs and adjectives used as adverbs have endings of their own (`Naturligvis`, `Normalt`).
  if (/(?:lig|ligvis|vis|ig|isk|ende|tt|elt|alt|ært|ert|nevnte)$/u.test(lowered)) return false;
  const surname = /[^aeiouyæøås]sen$/u.test(lowered.replace(/s$/u, '')) && !/elsen$/u.test(lowered.replace(/s$/u, ''));
  // A genitive `s` on a word without a definite ending, before a content word: `Clintons
  // oppdrag`, `Berntsens største feil`; not `Regjeringens forslag`, `Apropos ham`.
  if (/^\s+$/u.test(between) && /[^s]s$/u.test(lowered) && !PRONOUNS.has(following.toLowerCase()) && !FINITE_VERBS.has(following.toLowerCase()) && (!/(?:en|et|ne|er|as|es|is|us|os)s?$/u.test(lowered.slice(0, -1)) || surname)) return true;
  if (!/^\s+$/u.test(between) || !FINITE_VERBS.has(following.toLowerCase())) return false;
  if (COMMON_NOUN_ENDING.test(lowered) && !surname) return false;
  // A verb followed by its subject means the first word was not the subject (`Sikkert er det`).
  // So does a capitalised subject (`Indirekte har Giske`).
  // (A verb of saying before a pronoun opens reported speech: `Clinton sa hun var …`.)
  if (afterNext === undefined || SAYING.has(following.toLowerCase())) return true;
  return !SUBJECTS.has(afterNext.text.toLowerCase()) && !/^\p{Lu}/u.test(afterNext.text);
}

// Endings of Norwegian nouns that open a sentence without an article (definite, plural, derived).
const COMMON_NOUN_ENDING = /(?:en|et|ene|ne|a|er|ing|ingen|het|heten|sjon|sjonen|else|skap|dom|ism|isme|ist|tet|ur|ør)$/u;

/** Frequent finite verbs (present and past) that follow a sentence-initial subject. */
const FINITE_VERBS = new Set(
  `er var har hadde ble blir sa sier mener tror vil ville skal skulle kan kunne må måtte får fikk gikk går kom kommer
tar tok ser vet visste viser viste ønsker ønsket håper håpet lurer reiser legger la rekker falt spretter vant vinner
tapte taper fortsetter fortsatte slår slo gir ga står sto spiller spilte skriver skrev forteller fortalte tenker
mente trodde hevder hevdet innrømmer innrømmet svarer svarte ringer ringte møter møtte bor bodde jobber jobbet
liker likte elsker elsket hater føler følte tjener tjente kjører kjørte leder ledet lover lovet`.split(/\s+/),
);

/** Subject pronouns: after the verb, they show the first word was not the subject. */
const SUBJECTS = new Set('det den de han hun jeg du vi dere man'.split(' '));

/** Verbs of saying and thinking, which a clause with its own subject may follow. */
const SAYING = new Set('sa sier mener mente tror trodde hevder hevdet forteller fortalte svarer svarte innrømmer innrømmet'.split(' '));

/** Pronouns and articles: a word no genitive stands before. */
const PRONOUNS = new Set('det den de dem han hun ham henne jeg meg du deg vi oss dere man en et ei seg sin sitt sine som av for i på til med om fra ved og eller'.split(' '));

/** Capitalised words that open sentences without naming anything, beyond the function words. */
const COMMON_START = new Set(
  `noe ingen ingenting alt alle mye lite mange flere færre folk barn mennesker ja nei kanskje takk hei nå ofte aldri
alltid lenge snart her der det dette disse denne hver hvert hvem hva hvorfor hvordan hvilke hvilken mens selv også
dessverre heldigvis likevel deretter etterpå senere tidligere i dag i går vi jeg du de han hun man hos fra til med om
ved mot etter uten blant gjennom rundt langs foran bak mellom under over innen siden trass tross derimot javisst
dessuten imidlertid altså samtidig dermed derfor ellers faktisk plutselig trolig egentlig far mor bror søster mandag
tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april juni juli august september oktober november
desember`.split(/\s+/),
);
