import type { Alignment, AlignmentModel, Bead, Sentence } from '../types.js';

/** A bead as the workbench holds it: the aligner's bead, and whether a translator corrected or confirmed it. */
export interface WorkbenchBead extends Bead {
  /** Set by a correction or a confirmation: "re-align the rest" keeps the bead as it is. */
  fixed: boolean;
}

/**
 * Everything a review holds: the two documents' sentences (which no edit changes), the beads as
 * corrected so far, and the translator's decisions on findings. Plain data, never mutated: each
 * edit returns a new session sharing the unchanged parts.
 */
export interface Session {
  sourceLang: string;
  targetLang: string;
  source: readonly Sentence[];
  target: readonly Sentence[];
  /** The aligner's model of the documents, carried into every export as the CLI writes it. */
  model: AlignmentModel;
  beads: readonly WorkbenchBead[];
  /** Ids of dismissed findings (false alarms), kept as `bitekst check --suppress` ids. */
  suppressions: readonly string[];
  /** Ids of findings the translator accepted as real (reviewed, kept). */
  accepted: readonly string[];
  /** The documents' names, as shown and saved. */
  names: { source: string; target: string };
}

/** A session over an alignment as the aligner (or a reader of an exchange file) made it: nothing corrected yet. */
export function createSession(alignment: Alignment, names: { source?: string; target?: string } = {}): Session {
  return {
    sourceLang: alignment.sourceLang,
    targetLang: alignment.targetLang,
    source: alignment.source,
    target: alignment.target,
    model: alignment.model,
    beads: alignment.beads.map((bead) => ({ source: [...bead.source], target: [...bead.target], score: bead.score, fixed: false })),
    suppressions: [],
    accepted: [],
    names: { source: names.source ?? 'source', target: names.target ?? 'target' },
  };
}

/** The session's beads as an `Alignment`, the data every library formatter and check reads. */
export function sessionAlignment(session: Session): Alignment {
  return {
    sourceLang: session.sourceLang,
    targetLang: session.targetLang,
    source: session.source as Sentence[],
    target: session.target as Sentence[],
    beads: session.beads.map((bead) => ({ source: bead.source, target: bead.target, score: bead.score })),
    model: session.model,
  };
}
