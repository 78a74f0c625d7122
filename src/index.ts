// The public surface: values, then types, each block sorted by module path. Nothing here but
// re-exports; tests/index.test.ts pins the sorted list of names, so a change is deliberate.
export { alignSentences, DEFAULT_WEIGHTS } from './align/align.js';
export { analyseSentence, analyseSentences } from './analysis/analyse-sentence.js';
export { extractFeatures } from './analysis/extract-features.js';
export { checkDivergences, FINDING_KINDS } from './check/divergences.js';
export { pairDocuments } from './documents/pair.js';
export { splitByLanguage } from './documents/split-languages.js';
export { BitekstError, isBitekstError } from './errors.js';
export { nameKey, namesMatch } from './features/name-key.js';
export { collectKnownNames, extractNames } from './features/names.js';
export { extractNumbers } from './features/numbers.js';
export { profilePunctuation } from './features/punctuation.js';
export { formatBeads, parseBeads } from './formats/beads.js';
export { formatFindingsText } from './formats/findings-text.js';
export { formatHtml } from './formats/html.js';
export { formatJson, parseJson } from './formats/json.js';
export { formatLadder, parseLadder } from './formats/ladder.js';
export { formatMoses, parseMoses } from './formats/moses.js';
export { parseTmx } from './formats/parse-tmx.js';
export { formatRevisionHtml } from './formats/revision-html.js';
export { formatRevisionText } from './formats/revision-text.js';
export { formatSarif } from './formats/sarif.js';
export { formatText } from './formats/text.js';
export { formatTmx } from './formats/tmx.js';
export { formatTsv, parseTsv } from './formats/tsv.js';
export { compareRevisions } from './revise/revise.js';
export { parseDictionary } from './score/dictionary.js';
export { createSegmenter, segmentSentences } from './segment/segment.js';
export { detectLanguage } from './text/detect-language.js';
export { languagesMatch } from './text/language.js';

export type { AlignOptions, AlignWeights } from './align/align.js';
export type { AnalyseOptions, SentenceAnalysis } from './analysis/analyse-sentence.js';
export type { FeatureOptions } from './analysis/extract-features.js';
export type { CheckOptions } from './check/divergences.js';
export type { PairOptions } from './documents/pair.js';
export type { BitekstErrorDetails, ErrorCode } from './errors.js';
export type { NameOptions } from './features/names.js';
export type { NumberOptions } from './features/numbers.js';
export type { FindingsTextOptions } from './formats/findings-text.js';
export type { HtmlOptions } from './formats/html.js';
export type { MosesOptions } from './formats/moses.js';
export type { ParseTmxOptions } from './formats/parse-tmx.js';
export type { SarifOptions } from './formats/sarif.js';
export type { TmxOptions } from './formats/tmx.js';
export type { ReviseOptions } from './revise/revise.js';
export type { DictionaryEntry } from './score/dictionary.js';
export type { Segmenter, SegmentOptions } from './segment/segment.js';
export type { LanguageGuess } from './text/detect-language.js';
export type { KnownLanguage, Language } from './text/language.js';
export type {
  AlignInput,
  Alignment,
  AlignmentModel,
  Bead,
  ChangeType,
  DivergenceReport,
  DocumentGroup,
  DocumentInput,
  DocumentIssue,
  DocumentPair,
  Features,
  Finding,
  FindingEvidence,
  FindingKind,
  NameMention,
  NumberKind,
  NumberMention,
  PairingResult,
  PunctuationProfile,
  RevisionReport,
  Sentence,
  SentenceSpan,
  Severity,
  SourceChange,
  Span,
  TargetStatus,
  TargetStatusKind,
  WordChange,
} from './types.js';
