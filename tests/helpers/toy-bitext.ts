/**
 * A toy Norwegian–English collection for pairing tests: sentences built from a small two-language
 * vocabulary whose words share no spelling (hund/hound), so that a pair without numbers can only be
 * found through words learnt from the other pairs. Each pair is also outside the built-in
 * Norwegian–English lexicon (src/score/data/nb-en-lexicon.ts), which would otherwise give it away.
 */
const NOUNS: readonly [string, string][] = [
  ['hunden', 'the hound'], ['katten', 'the moggy'], ['gutten', 'the lad'], ['jenta', 'the lass'], ['bonden', 'the farmer'],
  ['læreren', 'the tutor'], ['naboen', 'the neighbour'], ['presten', 'the priest'], ['fiskeren', 'the fisherman'], ['kongen', 'the ruler'],
  ['skogen', 'the woods'], ['elva', 'the brook'], ['fjellet', 'the hill'], ['båten', 'the ship'], ['brødet', 'the loaf'],
  ['melka', 'the milk'], ['skoen', 'the boot'], ['vinduet', 'the window'], ['døra', 'the gate'], ['hagen', 'the yard'],
];
const VERBS: readonly [string, string][] = [
  ['ser', 'watches'], ['liker', 'enjoys'], ['finner', 'discovers'], ['tar', 'grabs'], ['maler', 'paints'], ['kjøper', 'purchases'],
];

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** `count` sentence pairs: subject, verb, object, in both languages. */
export function toySentences(count: number, seed: number): [string, string][] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, () => {
    const [subjectNb, subjectEn] = pick(NOUNS);
    const [verbNb, verbEn] = pick(VERBS);
    const [objectNb, objectEn] = pick(NOUNS);
    return [`${capital(subjectNb)} ${verbNb} ${objectNb}.`, `${capital(subjectEn)} ${verbEn} ${objectEn}.`];
  });
}

/** A translation pair of documents of `count` sentences; with `number`, a case number line on each side. */
export function toyPair(id: string, count: number, seed: number, number?: number): { source: { id: string; text: string }; target: { id: string; text: string } } {
  const sentences = toySentences(count, seed);
  const source = sentences.map(([nb]) => nb);
  const target = sentences.map(([, en]) => en);
  if (number !== undefined) {
    source.push(`Saken har nummer ${number}.`);
    target.push(`The case has number ${number}.`);
  }
  return { source: { id: `${id}.nb`, text: source.join('\n') }, target: { id: `${id}.en`, text: target.join('\n') } };
}
