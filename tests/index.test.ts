import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
        "analyseSentence",
        "analyseSentences",
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
        "languagesMatch",
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

  // Types leave no trace at run time, so they are pinned from the entry file's text.
  const entry = readFileSync(join(import.meta.dirname, '..', 'src', 'index.ts'), 'utf8');
  const statements = [...entry.matchAll(/^export (type )?\{([^}]*)\} from '([^']+)';/gms)].map((match) => ({
    type: match[1] !== undefined,
    names: match[2]!.split(',').map((name) => name.trim()).filter(Boolean),
    module: match[3]!,
  }));

  it('lists values first, then types, each block sorted by module and by name', () => {
    const kinds = statements.map((statement) => statement.type);
    expect(kinds).toEqual([...kinds].sort((a, b) => Number(a) - Number(b)));
    for (const type of [false, true]) {
      const modules = statements.filter((statement) => statement.type === type).map((statement) => statement.module);
      const order = (module: string) => (module === './types.js' ? '~' : module);
      expect(modules).toEqual([...modules].sort((a, b) => order(a).localeCompare(order(b))));
    }
    for (const statement of statements) {
      expect(statement.names).toEqual([...statement.names].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it('exports exactly these types', () => {
    const types = statements.filter((statement) => statement.type).flatMap((statement) => statement.names);
    expect(types.sort()).toMatchInlineSnapshot(`
      [
        "AlignInput",
        "AlignOptions",
        "AlignWeights",
        "Alignment",
        "AlignmentModel",
        "AnalyseOptions",
        "Bead",
        "BitekstErrorDetails",
        "ChangeType",
        "CheckOptions",
        "DictionaryEntry",
        "DivergenceReport",
        "DocumentGroup",
        "DocumentInput",
        "DocumentIssue",
        "DocumentPair",
        "ErrorCode",
        "FeatureOptions",
        "Features",
        "Finding",
        "FindingEvidence",
        "FindingKind",
        "FindingsTextOptions",
        "HtmlOptions",
        "KnownLanguage",
        "Language",
        "LanguageGuess",
        "MosesOptions",
        "NameMention",
        "NameOptions",
        "NumberKind",
        "NumberMention",
        "NumberOptions",
        "PairOptions",
        "PairingResult",
        "ParseTmxOptions",
        "PunctuationProfile",
        "ReviseOptions",
        "RevisionReport",
        "SarifOptions",
        "SegmentOptions",
        "Segmenter",
        "Sentence",
        "SentenceAnalysis",
        "SentenceSpan",
        "Severity",
        "SourceChange",
        "Span",
        "TargetStatus",
        "TargetStatusKind",
        "TmxOptions",
        "WordChange",
      ]
    `);
  });
});
