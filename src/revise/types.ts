import type { Alignment, Sentence } from '../types.js';

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
