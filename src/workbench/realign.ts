import { alignSentences, type AlignOptions } from '../align/align.js';
import type { Edit } from './edits.js';
import type { Session, WorkbenchBead } from './session.js';

/** A stretch of beads no translator has corrected: `[start, end)` in bead indices. */
export interface Gap {
  start: number;
  end: number;
}

/** The runs of beads that are not fixed, in order. */
export function findGaps(beads: readonly WorkbenchBead[]): Gap[] {
  const gaps: Gap[] = [];
  let start = -1;
  beads.forEach((bead, index) => {
    if (!bead.fixed && start === -1) start = index;
    if (bead.fixed && start !== -1) {
      gaps.push({ start, end: index });
      start = -1;
    }
  });
  if (start !== -1) gaps.push({ start, end: beads.length });
  return gaps;
}

/**
 * "Re-align the rest": the corrected (fixed) beads are kept as they are, as anchors, and each
 * stretch between two of them is aligned again on its own. `alignSentences` has no anchor
 * option, so the anchors work by cutting the problem: a stretch's sentences can only pair with
 * sentences of the same stretch, which is what a fixed bead on each side of it implies. One
 * correction so fixes its neighbours, whose sentences it took or gave back. Each stretch is aligned
 * with the document's languages and the caller's options; the word pairs the second pass learns
 * come from the stretch alone. A stretch of one bead, or one empty on a side, gets what the
 * aligner makes of it (one bead per sentence when a side is empty).
 *
 * @returns one splice edit, from the first stretch that changed to the last (the anchors between
 * them carried over as they are), so that one undo takes it back; `undefined` when nothing changed.
 */
export function realignGaps(session: Session, options: Omit<AlignOptions, 'sourceLang' | 'targetLang'> = {}): Edit | undefined {
  const changed: { gap: Gap; inserted: WorkbenchBead[] }[] = [];
  for (const gap of findGaps(session.beads)) {
    const removed = session.beads.slice(gap.start, gap.end);
    const sourceIndices = removed.flatMap((bead) => bead.source);
    const targetIndices = removed.flatMap((bead) => bead.target);
    if (sourceIndices.length === 0 || targetIndices.length === 0) continue; // nothing to pair: one side only
    const aligned = alignSentences(
      sourceIndices.map((index) => session.source[index]!),
      targetIndices.map((index) => session.target[index]!),
      { ...options, sourceLang: session.sourceLang, targetLang: session.targetLang },
    );
    const inserted: WorkbenchBead[] = aligned.beads.map((bead) => ({
      source: bead.source.map((local) => sourceIndices[local]!),
      target: bead.target.map((local) => targetIndices[local]!),
      score: bead.score,
      fixed: false,
    }));
    const same = inserted.length === removed.length && inserted.every((bead, index) => sameBead(bead, removed[index]!));
    if (!same) changed.push({ gap, inserted });
  }
  if (changed.length === 0) return undefined;
  const start = changed[0]!.gap.start;
  const end = changed[changed.length - 1]!.gap.end;
  const inserted: WorkbenchBead[] = [];
  let at = start;
  for (const { gap, inserted: beads } of changed) {
    inserted.push(...session.beads.slice(at, gap.start), ...beads);
    at = gap.end;
  }
  return { type: 'beads', start, removed: session.beads.slice(start, end), inserted };
}

function sameBead(a: WorkbenchBead, b: WorkbenchBead): boolean {
  return a.score === b.score && a.source.join() === b.source.join() && a.target.join() === b.target.join();
}
