import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, formatBeads, formatJson, formatLadder, formatMoses, formatTmx, formatTsv, parseBeads, parseJson, parseLadder, parseMoses, parseTmx, parseTsv, type Alignment } from '../../src/index.js';
import { validateLines } from '../../src/text/validate-text.js';
import { rebuildAlignment } from '../../src/formats/rebuild.js';
import { corpusDocument } from '../helpers/corpus.js';

/** Text with the characters exchange formats must survive: XML specials, tabs, quotes, Norwegian letters. */
const sentence = fc
  .array(fc.constantFrom('a', 'Å', 'ø', ' ', '&', '<', '>', '"', "'", '\t', '\\', '«', '»', '1', '.', 'é', '漢', '😀'), { minLength: 1, maxLength: 30 })
  .map((chars) => chars.join('').replace(/^\s+|\s+$/g, '') || 'x');

/** Random alignments: beads of 0–3 sentences on each side, never empty on both. */
const alignment = fc
  .array(
    fc.record({
      source: fc.array(sentence, { maxLength: 3 }),
      target: fc.array(sentence, { maxLength: 3 }),
      score: fc.integer({ min: 0, max: 1000 }).map((value) => value / 1000),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((beads) => rebuildAlignment('nb', 'en', beads.filter((bead) => bead.source.length + bead.target.length > 0)));

const view = (value: Alignment) => ({
  beads: value.beads.map((bead) => ({ source: bead.source, target: bead.target, score: bead.score })),
  source: value.source.map((item) => item.text),
  target: value.target.map((item) => item.text),
});

describe('round trips', () => {
  it('TMX keeps beads, scores and text', () => {
    fc.assert(
      fc.property(alignment, (value) => {
        expect(view(parseTmx(formatTmx(value)))).toEqual(view(value));
      }),
    );
  });

  it('TSV keeps beads, scores and text, tabs and backslashes included', () => {
    fc.assert(
      fc.property(alignment, (value) => {
        expect(view(parseTsv(formatTsv(value)))).toEqual(view(value));
      }),
    );
  });

  it('JSON keeps everything', () => {
    fc.assert(
      fc.property(alignment, (value) => {
        expect(parseJson(formatJson(value))).toEqual(value);
      }),
    );
  });

  it('the ladder keeps the beads and scores', () => {
    fc.assert(
      fc.property(alignment, (value) => {
        expect(parseLadder(formatLadder(value.beads))).toEqual(value.beads);
      }),
    );
  });

  it('Moses keeps 1-1 beads line by line', () => {
    const oneToOne = alignment.map((value) =>
      rebuildAlignment('nb', 'en', value.beads.filter((bead) => bead.source.length === 1 && bead.target.length === 1).map((bead) => ({ source: [value.source[bead.source[0]!]!.text.replace(/[\t]/g, ' ')], target: [value.target[bead.target[0]!]!.text.replace(/[\t]/g, ' ')], score: 1 }))),
    );
    fc.assert(
      fc.property(oneToOne, (value) => {
        const { source, target } = formatMoses(value);
        expect(view(parseMoses(source, target))).toEqual(view(value));
      }),
    );
  });

  it('a real alignment survives TMX with its findings as props', () => {
    const real = alignSentences(corpusDocument('000').text, corpusDocument('003').text);
    const tmx = formatTmx(real, { findings: [] });
    expect(view(parseTmx(tmx))).toEqual(view(real));
  });
});

/**
 * Any one code point (fast-check's `binary` unit, half surrogates included, though rarely), or
 * one of the characters and sequences that break exchange formats: line breaks of every kind,
 * tab, backslash and the formats' own escapes, controls, noncharacters, NUL and lone surrogates.
 */
const anyChar = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('\r', '\n', '\r\n', '\t', '\\', '\\e', '\\n', '\\u2029', '\u2029', '\u2028', '\u000b', '\u000c', '\u0085', '\u001c', '\u0001', '\u001b', '\ufffe', '\uffff', '&', '<', ' ', '\u0000', '\ud800', '\udc00', '😀'),
);
/** Sentences of any accepted string, the empty one (a blank pre-segmented line) included. */
const anySentence = fc.array(anyChar, { maxLength: 12 }).map((chars) => chars.join(''));
const anyScore = fc.double({ min: 0, max: 1, noNaN: true }).map((value) => (Object.is(value, -0) ? 0 : value));
const anyAlignment = fc
  .array(fc.record({ source: fc.array(anySentence, { maxLength: 3 }), target: fc.array(anySentence, { maxLength: 3 }), score: anyScore }), { maxLength: 10 })
  .map((beads) => rebuildAlignment('nb', 'en', beads.filter((bead) => bead.source.length + bead.target.length > 0)));

/** Whether the library accepts both sides of `value` as input (`validateLines`, one side as one text). */
function accepted(value: Alignment): boolean {
  try {
    validateLines(value.source.map((sentence) => sentence.text));
    validateLines(value.target.map((sentence) => sentence.text));
    return true;
  } catch (error) {
    expect(error).toMatchObject({ code: 'E_INPUT' });
    return false;
  }
}

/** A reader gives back exactly what was written when the text is accepted, and refuses it with E_INPUT otherwise. */
function expectLossless(value: Alignment, read: () => Alignment, compare: (read: Alignment) => void): void {
  if (accepted(value)) compare(read());
  else expect(read).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
}

const SEED = { seed: 19, numRuns: 300 };

describe('round trips of every accepted string (full Unicode, fixed seed)', () => {
  it('TMX keeps every bead, score and sentence, empty ones and what XML cannot hold included', () => {
    const everything = { unaligned: true, minScore: 0 };
    fc.assert(fc.property(anyAlignment, (value) => expectLossless(value, () => parseTmx(formatTmx(value, everything)), (read) => expect(view(read)).toEqual(view(value)))), SEED);
  });

  it('TSV keeps every bead, score and sentence, empty ones included', () => {
    fc.assert(fc.property(anyAlignment, (value) => expectLossless(value, () => parseTsv(formatTsv(value)), (read) => expect(view(read)).toEqual(view(value)))), SEED);
  });

  it('JSON keeps everything', () => {
    fc.assert(fc.property(anyAlignment, (value) => expectLossless(value, () => parseJson(formatJson(value)), (read) => expect(read).toEqual(value))), SEED);
  });

  it('Moses keeps each side of 1-1, 1-0 and 0-1 beads line by line (with unaligned)', () => {
    const oneEach = fc
      .array(fc.record({ source: fc.array(anySentence, { maxLength: 1 }), target: fc.array(anySentence, { maxLength: 1 }), score: fc.constant(1) }), { maxLength: 10 })
      .map((beads) => rebuildAlignment('nb', 'en', beads.filter((bead) => bead.source.length + bead.target.length > 0)));
    fc.assert(
      fc.property(oneEach, (value) => {
        const { source, target } = formatMoses(value, { unaligned: true });
        // Whatever the text, the two files have one line per bead for any reader of lines.
        for (const file of [source, target]) expect(file.split(/\r\n|[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/).length - 1).toBe(value.beads.length);
        expectLossless(value, () => parseMoses(source, target), (read) => expect(view(read)).toEqual(view(value)));
      }),
      SEED,
    );
  });

  it('the ladder keeps every sequence of beads and its exact scores', () => {
    fc.assert(
      fc.property(anyAlignment, (value) => {
        expect(parseLadder(formatLadder(value.beads))).toEqual(value.beads);
      }),
      SEED,
    );
  });

  it('the beads format keeps the sentence indices, and the score to three decimals', () => {
    fc.assert(
      fc.property(anyAlignment, (value) => {
        const read = parseBeads(formatBeads(value.beads));
        expect(read.map(({ source, target }) => ({ source, target }))).toEqual(value.beads.map(({ source, target }) => ({ source, target })));
        read.forEach((bead, index) => expect(Math.abs(bead.score - value.beads[index]!.score)).toBeLessThanOrEqual(0.0005));
      }),
      SEED,
    );
  });
});
