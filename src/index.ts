export { BitekstError, isBitekstError } from './errors.js';
export { segmentSentences, createSegmenter } from './segment/segment.js';
export { extractFeatures } from './features/features.js';
export { extractNumbers } from './features/numbers.js';
export { extractNames, collectKnownNames } from './features/names.js';
export { nameKey, namesMatch } from './features/name-key.js';
export { profilePunctuation } from './features/punctuation.js';
export { alignSentences, DEFAULT_WEIGHTS } from './align/align.js';
export { parseDictionary } from './score/dictionary.js';
export { formatBeads, parseBeads } from './formats/beads.js';
export { formatText } from './formats/text.js';
export { checkDivergences, FINDING_KINDS } from './check/divergences.js';
export { formatFindingsText } from './formats/findings-text.js';
export { formatSarif } from './formats/sarif.js';
export { formatTmx, parseTmx } from './formats/tmx.js';
export { formatMoses, parseMoses } from './formats/moses.js';
export { formatTsv, parseTsv } from './formats/tsv.js';
export { formatLadder, parseLadder } from './formats/ladder.js';
export { formatJson, parseJson } from './formats/json.js';
export { formatHtml } from './formats/html.js';
export { detectLanguage } from './text/detect-language.js';

export type { ErrorCode, BitekstErrorDetails } from './errors.js';
export type {
  Span,
  Sentence,
  NumberKind,
  NumberMention,
  NameMention,
  PunctuationProfile,
  Features,
  Bead,
  Alignment,
  AlignmentModel,
} from './types.js';
export type { SegmentOptions, Segmenter } from './segment/segment.js';
export type { FeatureOptions } from './features/features.js';
export type { NumberOptions } from './features/numbers.js';
export type { NameOptions } from './features/names.js';
export type { AlignOptions, AlignWeights } from './align/align.js';
export type { AlignInput } from './align/sentences.js';
export type { DictionaryEntry } from './score/dictionary.js';
export type { CheckOptions } from './check/divergences.js';
export type { Finding, FindingKind, FindingEvidence, Severity, SentenceSpan, DivergenceReport } from './check/types.js';
export type { LanguageGuess } from './text/detect-language.js';
export type { FindingsTextOptions } from './formats/findings-text.js';
export type { SarifOptions } from './formats/sarif.js';
export type { TmxOptions, ParseTmxOptions } from './formats/tmx.js';
export type { MosesOptions } from './formats/moses.js';
export type { HtmlOptions } from './formats/html.js';
export { pairDocuments } from './documents/pair.js';
export { compareRevisions } from './revise/revise.js';
export { formatRevisionText } from './formats/revision-text.js';
export { formatRevisionHtml } from './formats/revision-html.js';
export { splitByLanguage } from './documents/split-languages.js';
export type { PairOptions, DocumentPair, DocumentGroup, DocumentIssue, PairingResult } from './documents/pair.js';
export type { DocumentInput } from './documents/fingerprint.js';
export type { ReviseOptions } from './revise/revise.js';
export type { RevisionReport, SourceChange, ChangeType, WordChange, TargetStatus, TargetStatusKind } from './revise/types.js';
