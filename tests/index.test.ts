import { describe, expect, it } from 'vitest';
import * as bitekst from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(bitekst).sort()).toMatchInlineSnapshot(`
      [
        "BitekstError",
        "DEFAULT_WEIGHTS",
        "FINDING_KINDS",
        "alignSentences",
        "checkDivergences",
        "collectKnownNames",
        "compareRevisions",
        "createSegmenter",
        "detectLanguage",
        "extractFeatures",
        "extractNames",
        "extractNumbers",
        "formatBeads",
        "formatFindingsText",
        "formatHtml",
        "formatJson",
        "formatLadder",
        "formatMoses",
        "formatRevisionHtml",
        "formatRevisionText",
        "formatSarif",
        "formatText",
        "formatTmx",
        "formatTsv",
        "isBitekstError",
        "nameKey",
        "namesMatch",
        "pairDocuments",
        "parseBeads",
        "parseDictionary",
        "parseJson",
        "parseLadder",
        "parseMoses",
        "parseTmx",
        "parseTsv",
        "profilePunctuation",
        "segmentSentences",
        "splitByLanguage",
      ]
    `);
  });
});
