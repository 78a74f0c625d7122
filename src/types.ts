/** A 0-based, half-open range of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence (or heading, caption, byline) found in a text. */
export interface Sentence extends Span {
  /**
   * The sentence as a reader sees it: the original slice with line breaks inside it unwrapped
   * to single spaces, HTML tags removed and entities decoded. `start`/`end` locate it exactly.
   */
  text: string;
  /** 0-based index of the paragraph (block separated by blank lines) the sentence belongs to. */
  paragraph: number;
}

/** What kind of quantity a {@link NumberMention} expresses. */
export type NumberKind = 'cardinal' | 'decimal' | 'ordinal' | 'percent' | 'year' | 'decade' | 'time' | 'word';

/** A number found in a sentence, normalised to a value that is the same across languages. */
export interface NumberMention extends Span {
  /** The normalised value: `30.000` (nb), `30 000` and `30,000` (en) are all 30000; `kl. 14.30` is 14.5. */
  value: number;
  kind: NumberKind;
  /** The surface form, exactly as written. */
  text: string;
  /** The value before a multiplier word was applied (`1,5 mill.` → 1.5), when there was one. */
  unscaled?: number;
  /**
   * The unit or currency written with it, as `dimension:name` ids (`length:km`, `money:gbp`);
   * two when the word is ambiguous (`pund`: `mass:lb`, `money:gbp`). Absent when none is written.
   */
  units?: string[];
}

/** A name (person, place, organisation, acronym or nationality adjective) found in a sentence. */
export interface NameMention extends Span {
  /** The surface form, exactly as written. */
  text: string;
  /**
   * A language-neutral key: Norwegian and English spellings and transliterations of one name
   * meet on one key or on keys that {@link namesMatch} accepts (`Pasjinian` and `Pashinyan`).
   */
  key: string;
}

/** Punctuation that tends to survive translation. Counts per sentence. */
export interface PunctuationProfile {
  question: number;
  exclamation: number;
  /** Quotation marks of any style: `«»`, `“”`, `"`, `„`, `‘’` (apostrophes excluded). */
  quote: number;
  /** Opening and closing brackets. */
  bracket: number;
  /** 1 when the sentence starts with a dialogue dash (`– Det er bra, sier hun.`). */
  dialogueDash: number;
  colon: number;
}

/** Evidence about a sentence that survives translation. */
export interface Features {
  numbers: NumberMention[];
  names: NameMention[];
  /** Length in UTF-16 code units, whitespace runs counted as one. */
  chars: number;
  /** Number of word tokens. */
  words: number;
  punctuation: PunctuationProfile;
}

/**
 * One unit of an alignment: the source sentences and target sentences that translate each other.
 * An empty side marks an omission (`target: []`) or an addition (`source: []`).
 */
export interface Bead {
  source: number[];
  target: number[];
  /** Confidence in [0, 1] that this bead is right; see the README, "Bead scores". */
  score: number;
}

/** The result of aligning two texts. */
export interface Alignment {
  /** BCP 47 tag of the source language. */
  sourceLang: string;
  /** BCP 47 tag of the target language. */
  targetLang: string;
  /** The source sentences the bead indices refer to. */
  source: Sentence[];
  /** The target sentences the bead indices refer to. */
  target: Sentence[];
  /** The beads, in document order; every sentence of both sides is in exactly one. */
  beads: Bead[];
  /** What the aligner estimated and how much work it did. */
  model: AlignmentModel;
}

/** The document-specific model the aligner estimated, for diagnostics. */
export interface AlignmentModel {
  /** Target characters per source character (Gale & Church's c). */
  lengthRatio: number;
  /** Variance of target length per unit length (Gale & Church's s²). */
  lengthVariance: number;
  /** Word pairs learned from the document in the second pass. */
  lexiconSize: number;
  /** Alignment passes run: 1, or 2 to 3 with `realign` (the third when the omission rate is still moving). */
  passes: number;
  /** Cells of the search matrix evaluated, all passes and levels together. */
  cells: number;
  /**
   * How strongly the two texts support their alignment: the evidence (lexical and length
   * log-likelihood ratios, without bead priors) of the joined beads, per sentence of both sides.
   * Around 0 or below for texts that are not translations of each other, clearly positive for
   * translations; pairing uses it to tell a translation from an article on the same story.
   */
  evidence: number;
}

/** What the aligner accepts for each side: a text to segment, one sentence per string, or sentences. */
export type AlignInput = string | readonly string[] | readonly Sentence[];

// Divergence findings: what checkDivergences reports and the formats write.


/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** What a finding is about. */
export type FindingKind =
  | 'omission'
  | 'addition'
  | 'number'
  | 'name'
  | 'length'
  | 'untranslated'
  | 'low-confidence'
  | 'unbalanced'
  | 'punctuation'
  | 'spacing'
  | 'inconsistent';

/** A stretch of one sentence's text: `start`/`end` are offsets into `Sentence.text` of sentence `sentence`. */
export interface SentenceSpan {
  sentence: number;
  start: number;
  end: number;
}

/** One place where the translation departs from the source. */
export interface Finding {
  /** Stable id, from the kind and the texts involved: the same finding in a later run has the same id. */
  id: string;
  kind: FindingKind;
  /** A finer classification where one is recognisable: `caption`, `photo-credit`, `boilerplate`, `heading`, `missing`, `added`, `different` … */
  subkind?: string;
  severity: Severity;
  /** Source sentence indices involved. */
  source: number[];
  /** Target sentence indices involved. */
  target: number[];
  /** One plain sentence a translator understands. */
  message: string;
  /** The exact values and spans behind the finding. */
  evidence: FindingEvidence;
}

/** Values and spans behind a finding; which fields are set depends on the kind. */
export interface FindingEvidence {
  sourceText?: string;
  targetText?: string;
  sourceValue?: number | string;
  targetValue?: number | string;
  sourceSpan?: SentenceSpan;
  targetSpan?: SentenceSpan;
  /** The bead's confidence, or a ratio, where that is the evidence. */
  score?: number;
  /** Expected value or range, where the finding compares against one. */
  expected?: string;
}

/** The result of {@link checkDivergences}. */
export interface DivergenceReport {
  alignment: Alignment;
  findings: Finding[];
  summary: {
    /** Findings per kind. */
    kinds: Partial<Record<FindingKind, number>>;
    /** Findings per severity. */
    severities: Record<Severity, number>;
    /** Share of source and target sentences in beads with both sides. */
    coverage: { source: number; target: number };
  };
}

// Source revisions: what compareRevisions reports.


/** What happened to a source sentence between two versions. */
export type ChangeType = 'unchanged' | 'minor' | 'edited' | 'inserted' | 'deleted' | 'moved';

/** A stretch of the word-level diff of an edited sentence. */
export interface WordChange {
  type: 'same' | 'added' | 'removed';
  text: string;
}

/** One source sentence's fate: `old` and `new` are its indices in the two versions. */
export interface SourceChange {
  type: ChangeType;
  old?: number;
  new?: number;
  /** Word-level diff, for `minor` and `edited`. */
  words?: WordChange[];
  /** Numbers that changed value (`23 → 31`), names that changed, as short strings. */
  details?: string[];
}

/** Whether an English sentence still translates the new source. */
export type TargetStatusKind = 'valid' | 'stale' | 'orphaned' | 'moved' | 'unaligned';

/** The status of one target sentence. */
export interface TargetStatus {
  target: number;
  status: TargetStatusKind;
  /** Old source sentences it translated. */
  oldSource: number[];
  /** Where those sentences are in the new source. */
  newSource: number[];
  /** For `stale`: what changed, one line a translator reads (`23 → 31`). */
  reason?: string;
}

/** The result of {@link compareRevisions}. */
export interface RevisionReport {
  /** The old source's sentences (`SourceChange.old` indexes them). */
  oldSource: Sentence[];
  changes: SourceChange[];
  targets: TargetStatus[];
  /** Source sentences new in this revision, which have no translation yet. */
  untranslated: number[];
  /** The alignment of the new source with the target, carried over where still valid. */
  alignment: Alignment;
  summary: {
    valid: number;
    stale: number;
    orphaned: number;
    untranslated: number;
    /** Most of the source was rewritten: nearly everything is stale or orphaned. */
    rewritten: boolean;
    /** The target does not appear to translate the old source (a poor alignment). */
    mismatch: boolean;
    /** One plain sentence summing up. */
    message: string;
  };
}

// Document pairing: what pairDocuments reads and reports.


/** One document to pair: an id (a file name), its text, its language and, if known, its date. */
export interface DocumentInput {
  id: string;
  text: string;
  /** BCP 47 tag; defaults to the side's language. */
  lang?: string;
  /** `YYYY-MM` or `YYYY-MM-DD`, from a manifest; a leading `date 2020-10` line in the text also counts. */
  date?: string;
}

/** A translation pair found. */
export interface DocumentPair {
  source: string;
  target: string;
  /** Probability-like score in [0, 1]. */
  score: number;
}

/** Several source documents translated by one target document (or the reverse). */
export interface DocumentGroup {
  sources: string[];
  target: string;
  score: number;
}

/** A document left out of pairing, with the reason. */
export interface DocumentIssue {
  id: string;
  side: 'source' | 'target';
  reason: string;
}

/** The result of {@link pairDocuments}. */
export interface PairingResult {
  /** Best first. The result is the same whatever order the documents were given in. */
  pairs: DocumentPair[];
  groups: DocumentGroup[];
  /** Ids by UTF-16 code units. */
  unpaired: { source: string[]; target: string[] };
  issues: DocumentIssue[];
}
