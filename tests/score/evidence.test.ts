import { describe, expect, it } from 'vitest';
import { TOKEN_CLASSES, TokenClass, buildSideEvidence, downsample, keepTokens, type SideEvidence } from '../../src/score/evidence.js';
import { createInterner, type Interner } from '../../src/score/interner.js';

/** The key strings of each token of sentence `k`. */
function tokens(side: SideEvidence, k: number, names: string[]): { cls: number; keys: string[] }[] {
  const out: { cls: number; keys: string[] }[] = [];
  for (let x = side.sentenceStart[k]!; x < side.sentenceStart[k + 1]!; x += 1) {
    const keys: string[] = [];
    for (let y = side.keyStart[x]!; y < side.keyStart[x + 1]!; y += 1) keys.push(names[side.keys[y]!]!);
    out.push({ cls: side.tokenClass[x]!, keys });
  }
  return out;
}

/** An interner that remembers its strings, to read keys back. */
function recordingInterner(): { interner: Interner; names: string[] } {
  const inner = createInterner();
  const names: string[] = [];
  return {
    names,
    interner: {
      id(key: string) {
        const id = inner.id(key);
        names[id] = key;
        return id;
      },
      has: (space: string, key: string) => inner.has(space, key),
      in(space: string, key: string) {
        const id = inner.in(space, key);
        names[id] = space + key;
        return id;
      },
      get size() {
        return inner.size;
      },
    },
  };
}

const nb = (texts: string[], paragraphs = texts.map((_, i) => i)) => ({ texts, paragraphs, lang: 'nb', rules: 'nb' as const, side: 's' as const });
const en = (texts: string[], paragraphs = texts.map((_, i) => i)) => ({ texts, paragraphs, lang: 'en', rules: 'en' as const, side: 't' as const });

describe('buildSideEvidence', () => {
  it('has four token classes', () => {
    expect(TOKEN_CLASSES).toBe(4);
  });

  it('turns numbers into value keys, words into cognate keys, by class', () => {
    const { interner, names } = recordingInterner();
    const side = buildSideEvidence(nb(['Parlamentet i Aserbajdsjan har 125 medlemmer.']), interner);
    expect(side.count).toBe(1);
    expect(tokens(side, 0, names)).toEqual([
      { cls: TokenClass.Number, keys: ['#125'] },
      { cls: TokenClass.Name, keys: ['c:parl'] },
      { cls: TokenClass.Word, keys: [] },
      { cls: TokenClass.Name, keys: ['c:aser'] },
      { cls: TokenClass.Word, keys: [] },
      { cls: TokenClass.Word, keys: ['c:medl'] },
    ]);
    expect(side.lengths[0]).toBe('Parlamentet i Aserbajdsjan har 125 medlemmer.'.length);
  });

  it('shares cognate and number keys across the two sides, not word ids', () => {
    const interner = createInterner();
    const source = buildSideEvidence(nb(['Aserbajdsjan, 30.000']), interner);
    const target = buildSideEvidence(en(['Azerbaijan, 30,000']), interner);
    expect([...source.keys].sort()).toEqual([...target.keys].sort());
    expect(source.keys.length).toBe(2);
    // Word ids are kept apart per side (`s:` and `t:`); numbers have none.
    const sourceWords = [...source.tokenWord].filter((word) => word >= 0);
    const targetWords = [...target.tokenWord].filter((word) => word >= 0);
    expect(sourceWords).toHaveLength(1);
    expect(targetWords).toHaveLength(1);
    expect(sourceWords[0]).not.toBe(targetWords[0]);
    expect(source.tokenWord[source.tokenClass.indexOf(TokenClass.Number)]).toBe(-1);
  });

  it('adds one punctuation key per kind of surviving mark', () => {
    const { interner, names } = recordingInterner();
    const side = buildSideEvidence(en(['Why?', 'Stop! Stop!', '"So" (he said)', 'Plain text.']), interner);
    const punctuation = (k: number) => tokens(side, k, names).filter((token) => token.cls === TokenClass.Punctuation).map((token) => token.keys);
    expect(punctuation(0)).toEqual([['p?']]);
    expect(punctuation(1)).toEqual([['p!']]);
    expect(punctuation(2)).toEqual([['p"'], ['p(']]);
    expect(punctuation(3)).toEqual([]);
  });

  it('marks headings: a short paragraph of its own, not first, without final punctuation', () => {
    const side = buildSideEvidence(
      nb(['Tittel uten punktum', 'Første setning.', 'Andre setning.', 'Mellomtittel her', 'Tekst.', 'Slutt.'], [0, 1, 1, 2, 3, 3]),
      createInterner(),
    );
    expect([...side.heading]).toEqual([0, 0, 0, 1, 0, 0]);
    const sentence = buildSideEvidence(nb(['Første.', 'Dette er en setning.'], [0, 1]), createInterner());
    expect([...sentence.heading]).toEqual([0, 0]);
  });

  it('flags boilerplate and credits', () => {
    const side = buildSideEvidence(nb(['Les mer', 'Foto: NTB', 'Vi leser mer i dag.']), createInterner());
    expect([...side.boilerplate]).toEqual([1, 0, 0]);
    expect([...side.credit]).toEqual([0, 1, 0]);
  });

  it('gives an empty side empty arrays', () => {
    const side = buildSideEvidence(nb([]), createInterner());
    expect(side.count).toBe(0);
    expect([...side.sentenceStart]).toEqual([0]);
    expect(side.keys.length).toBe(0);
  });
});

describe('downsample', () => {
  const side = buildSideEvidence(nb(['En to.', 'Tre?', 'Les mer', 'Les mer', 'Fem.'], [0, 0, 1, 2, 3]), createInterner());

  it('joins each factor sentences into a slice of the same token arrays', () => {
    const coarse = downsample(side, 2);
    expect(coarse.count).toBe(3);
    expect([...coarse.sentenceStart]).toEqual([side.sentenceStart[0], side.sentenceStart[2], side.sentenceStart[4], side.sentenceStart[5]]);
    expect(coarse.keys).toBe(side.keys);
    expect(coarse.tokenClass).toBe(side.tokenClass);
    expect([...coarse.lengths]).toEqual([side.lengths[0]! + side.lengths[1]!, side.lengths[2]! + side.lengths[3]!, side.lengths[4]]);
    expect([...coarse.paragraphs]).toEqual([0, 1, 3]);
    // Boilerplate only when every fine sentence is.
    expect([...coarse.boilerplate]).toEqual([0, 1, 0]);
    expect([...coarse.heading]).toEqual([0, 0, 0]);
  });

  it('is the same side with factor 1', () => {
    const same = downsample(side, 1);
    expect(same.count).toBe(side.count);
    expect([...same.sentenceStart]).toEqual([...side.sentenceStart]);
    expect([...same.lengths]).toEqual([...side.lengths]);
  });
});

describe('keepTokens', () => {
  const { interner, names } = recordingInterner();
  const side = buildSideEvidence(nb(['Oslo fikk 30.000 nye innbyggere i 2024.', 'Hvorfor?', 'Bergen og Trondheim vokste.']), interner);

  it('keeps the chosen tokens of each sentence, in text order, with their keys and classes', () => {
    // Sentence 0 keeps its third and first token (in that order of bits), sentence 1 none, sentence 2 its last.
    const start0 = side.sentenceStart[0]!;
    const last2 = side.sentenceStart[3]! - 1;
    const kept = keepTokens(side, Int32Array.from([0, 2, 2, 3]), Int32Array.from([start0 + 2, start0, last2]));
    expect(kept.count).toBe(3);
    expect(tokens(kept, 0, names)).toEqual([tokens(side, 0, names)[0], tokens(side, 0, names)[2]]);
    expect(tokens(kept, 1, names)).toEqual([]);
    expect(tokens(kept, 2, names)).toEqual([tokens(side, 2, names).at(-1)]);
    expect(kept.tokenWord[0]).toBe(side.tokenWord[start0]);
    // Sentence columns are the side's own.
    expect(kept.lengths).toBe(side.lengths);
  });

  it('is the same side when every token is chosen', () => {
    const all = Int32Array.from({ length: side.tokenClass.length }, (_, t) => t);
    const kept = keepTokens(side, side.sentenceStart, all);
    expect([...kept.keys]).toEqual([...side.keys]);
    expect([...kept.keyStart]).toEqual([...side.keyStart]);
    expect([...kept.tokenClass]).toEqual([...side.tokenClass]);
  });
});
