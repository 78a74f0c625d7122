/**
 * Place and country names whose Norwegian and English forms do not meet by spelling rules alone,
 * and nationality adjectives, which Norwegian writes in lower case. Each line: Norwegian forms,
 * `=`, English forms; the first English form is the canonical one that both sides' keys use.
 */
const ENTRIES = `
russland=russia|russian federation
tyrkia=turkey|türkiye
frankrike=france
tyskland=germany
sverige=sweden
danmark=denmark
finland=finland
island=iceland
norge|noreg=norway
storbritannia|britannia=united kingdom|britain|great britain|uk|u.k.
england=england
skottland=scotland
irland=ireland
nederland|holland=netherlands|holland
belgia=belgium
spania=spain
italia=italy
hellas=greece
polen=poland
østerrike=austria
sveits=switzerland
ungarn=hungary
tsjekkia=czech republic|czechia
slovakia=slovakia
romania=romania
bulgaria=bulgaria
serbia=serbia
kroatia=croatia
ukraina=ukraine
hviterussland|belarus=belarus
litauen=lithuania
latvia=latvia
estland=estonia
georgia=georgia
armenia=armenia
aserbajdsjan=azerbaijan
kasakhstan=kazakhstan
usbekistan=uzbekistan
kina=china
japan=japan
sør-korea=south korea
nord-korea=north korea
india=india
pakistan=pakistan
afghanistan=afghanistan
iran=iran
irak=iraq
syria=syria
libanon=lebanon
israel=israel
palestina=palestine
jordan=jordan
saudi-arabia=saudi arabia
egypt=egypt
libya=libya
marokko=morocco
algerie=algeria
tunisia=tunisia
sør-afrika=south africa
etiopia=ethiopia
kenya=kenya
nigeria=nigeria
mexico=mexico
brasil=brazil
argentina=argentina
canada=canada
usa|de forente stater|amerika=united states|us|u.s.|usa|america|united states of america
sovjetunionen|sovjet=soviet union|ussr
eu|den europeiske union=european union|eu
fn|de forente nasjoner=united nations|un|u.n.
nato=nato
osse=osce
europa=europe
afrika=africa
asia=asia
kaukasus|sør-kaukasus=caucasus|south caucasus
midtøsten=middle east
moskva=moscow
københavn=copenhagen
brussel=brussels
genève=geneva
wien=vienna
roma=rome
athen=athens
kyiv|kiev=kyiv|kiev
warszawa=warsaw
praha=prague
beograd=belgrade
bucuresti=bucharest
lisboa=lisbon
kreml=kremlin
det hvite hus=white house
middelhavet=mediterranean
østersjøen=baltic sea
nordsjøen=north sea
svartehavet=black sea
det kaspiske hav=caspian sea
russisk|russer=russian
armensk|armener=armenian
aserbajdsjansk|aserbajdsjaner=azerbaijani|azeri
tyrkisk|tyrker=turkish|turk
fransk|franskmann|franskmenn=french
tysk|tysker=german
norsk|nordmann|nordmenn=norwegian
svensk|svenske=swedish
dansk|danske=danish
finsk=finnish
britisk|brite=british
engelsk=english
amerikansk|amerikaner=american
kinesisk|kineser=chinese
japansk=japanese
ukrainsk|ukrainer=ukrainian
syrisk|syrer=syrian
iransk|iraner=iranian
irakisk|iraker=iraqi
israelsk|israeler=israeli
palestinsk|palestiner=palestinian
europeisk|europeer=european
sovjetisk=soviet
georgisk=georgian
polsk=polish
italiensk=italian
spansk=spanish
gresk=greek
kurdisk|kurder=kurdish|kurd
walisisk|waliser=welsh
skotsk|skotte=scottish|scot
irsk=irish
nederlandsk=dutch
sveitsisk|sveitser=swiss
belgisk|belgier=belgian
kanadisk|kanadier=canadian
meksikansk|meksikaner=mexican
australsk|australier=australian
indisk|inder=indian
pakistansk|pakistaner=pakistani
brasiliansk|brasilianer=brazilian
koreansk|koreaner=korean
asiatisk|asiat=asian
afrikansk|afrikaner=african
arabisk|araber=arab|arabic
egyptisk|egypter=egyptian
spanjol=spaniard
portugisisk=portuguese
ungarsk|ungarer=hungarian
østerriksk|østerriker=austrian
afghansk|afghaner=afghan
saudiarabisk|saudiaraber=saudi
stillehavet=pacific|pacific ocean
atlanterhavet=atlantic|atlantic ocean
indiahavet=indian ocean
haag=hague|the hague
røde kors=red cross
makedonia=macedonia
ol|de olympiske leker=olympics|olympic games|olympic
`;

/** Lower-case name or adjective → canonical English form. */
export const GAZETTEER: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of ENTRIES.trim().split('\n')) {
    const [norwegian, english] = line.split('=') as [string, string];
    const forms = english.split('|');
    const canonical = forms[0]!;
    for (const form of [...norwegian.split('|'), ...forms]) map.set(form, canonical);
  }
  return map;
})();

const DEMONYM_SHAPE = /sk$|er$|mann$|menn$|brite|spanjol|asiat|skotte/;

/** The Norwegian nationality adjectives and nouns above, for recognising them in lower case. */
export const NORWEGIAN_DEMONYM_STEMS: readonly string[] = ENTRIES.trim()
  .split('\n')
  .map((line) => line.split('=')[0]!)
  // A line is a nationality's when its first form is an adjective or a noun of nationality
  // (`russisk|russer`), not a country with such a form among its names (`usa|de forente stater`).
  .filter((forms) => DEMONYM_SHAPE.test(forms.split('|')[0]!))
  .flatMap((forms) => forms.split('|'));

/** Multi-word entries, longest first, for phrase matching. */
export const GAZETTEER_PHRASES: readonly string[] = [...GAZETTEER.keys()]
  .filter((key) => key.includes(' '))
  .sort((a, b) => b.length - a.length);

/** Nationality adjectives and nouns of both languages (`britisk`, `walisiske` stems, `British`, `Welsh`). */
export const DEMONYM_FORMS: ReadonlySet<string> = new Set(
  ENTRIES.trim()
    .split('\n')
    .filter((line) => DEMONYM_SHAPE.test(line.split('=')[0]!.split('|')[0]!))
    .flatMap((line) => line.replace('=', '|').split('|')),
);
