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
