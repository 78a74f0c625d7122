import type { SentenceAnalysis } from '../analysis/analyse-sentence.js';
import type { Alignment } from '../types.js';

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

/** What every check receives: the alignment and per-sentence analyses computed once. */
export interface CheckContext {
  alignment: Alignment;
  /** Names known to be names in each document (capitalised mid-sentence somewhere). */
  knownSource: ReadonlySet<string>;
  knownTarget: ReadonlySet<string>;
  /** Each sentence analysed once (numbers, names as whole mentions, words), by side and index. */
  analysis: { source: readonly SentenceAnalysis[]; target: readonly SentenceAnalysis[] };
}

/** A check: findings for one alignment, without ids (they are added afterwards). */
export type Check = (context: CheckContext) => Omit<Finding, 'id'>[];

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
