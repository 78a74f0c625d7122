import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { checkDivergences } from '../../src/check/divergences.js';
import { formatJson, formatJsonChunks } from '../../src/formats/json.js';
import { formatTmx, formatTmxChunks } from '../../src/formats/tmx.js';
import { formatTsv, formatTsvChunks } from '../../src/formats/tsv.js';

const source = Array.from({ length: 300 }, (_, index) => (index % 37 === 0 ? '' : `Han betalte ${index} kroner for «boka» & <pennen>.`));
const target = Array.from({ length: 290 }, (_, index) => `He paid ${index + (index % 50 === 0 ? 1 : 0)} kroner for the "book" & <pen>.`);
const alignment = alignSentences(source, target, { sourceLang: 'nb', targetLang: 'en' });
const { findings } = checkDivergences(alignment);

describe('streamed writers', () => {
  it('JSON: the pieces join to exactly JSON.stringify(document, null, 2), none larger than one item', () => {
    const pieces = [...formatJsonChunks(alignment, { findings })];
    const document = { $schema: 'https://www.npmjs.com/package/bitekst/schema/alignment.schema.json', format: 'bitekst-alignment/1', sourceLang: 'nb', targetLang: 'en', source: alignment.source, target: alignment.target, beads: alignment.beads, model: alignment.model, findings };
    expect(pieces.join('')).toBe(JSON.stringify(document, null, 2) + '\n');
    expect(pieces.join('')).toBe(formatJson(alignment, { findings }));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(2000);
    expect(pieces.length).toBeGreaterThan(alignment.beads.length);
    expect([...formatJsonChunks(alignment)].join('')).toBe(JSON.stringify({ ...document, findings: undefined }, null, 2) + '\n');
  });

  it('TMX and TSV: one piece per unit, joined equal to the one-string writers', () => {
    for (const [chunks, whole] of [[formatTmxChunks(alignment, { findings }), formatTmx(alignment, { findings })], [formatTsvChunks(alignment, { findings }), formatTsv(alignment, { findings })]] as const) {
      const pieces = [...chunks];
      expect(pieces.join('')).toBe(whole);
      expect(pieces.length).toBeGreaterThanOrEqual(alignment.beads.length);
    }
  });

  it('options are checked when the writer is called, before any piece', () => {
    expect(() => formatJsonChunks(alignment, { findings: 'x' as never })).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => formatTmxChunks(null as never)).toThrow(expect.objectContaining({ name: 'BitekstError' }));
  });
});
