import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, formatJson, formatLadder, formatMoses, formatTmx, formatTsv, parseJson, parseLadder, parseMoses, parseTmx, parseTsv, type Alignment } from '../../src/index.js';
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
