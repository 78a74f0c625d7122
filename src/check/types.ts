import type { Language } from '../text/language.js';
import type { SentenceAnalysis } from '../analysis/analyse-sentence.js';
import type { Alignment, Finding } from '../types.js';

/** What every check receives: the alignment and per-sentence analyses computed once. */
export interface CheckContext {
  alignment: Alignment;
  /** Names known to be names in each document (capitalised mid-sentence somewhere). */
  knownSource: ReadonlySet<string>;
  knownTarget: ReadonlySet<string>;
  /** Each sentence analysed once (numbers, names as whole mentions, words), by side and index. */
  analysis: { source: readonly SentenceAnalysis[]; target: readonly SentenceAnalysis[] };
  /** The two languages, resolved once for every check. */
  language: { source: Language; target: Language };
}

/** A check: findings for one alignment, without ids (they are added afterwards). */
export type Check = (context: CheckContext) => Omit<Finding, 'id'>[];

