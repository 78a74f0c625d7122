import { alignSentences, type AlignOptions } from '../align/align.js';
import type { Bead } from '../types.js';
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

/** One stretch to align again: its bead range and the sentences (document indices) it holds. */
export interface RealignTask {
  gap: Gap;
  source: number[];
  target: number[];
}

/** The stretches "re-align the rest" aligns again: uncorrected runs with sentences on both sides. */
export function realignTasks(session: Session): RealignTask[] {
  return findGaps(session.beads).flatMap((gap) => {
    const removed = session.beads.slice(gap.start, gap.end);
    const source = removed.flatMap((bead) => bead.source);
    const target = removed.flatMap((bead) => bead.target);
    return source.length === 0 || target.length === 0 ? [] : [{ gap, source, target }]; // nothing to pair: one side only
  });
}

/** Aligns one stretch's sentences as `alignSentences` does, with the document's languages: beads in the stretch's own indices. */
export function alignTask(session: Pick<Session, 'source' | 'target' | 'sourceLang' | 'targetLang'>, task: Pick<RealignTask, 'source' | 'target'>, options: Omit<AlignOptions, 'sourceLang' | 'targetLang'> = {}): Bead[] {
  return alignSentences(
    task.source.map((index) => session.source[index]!),
    task.target.map((index) => session.target[index]!),
    { ...options, sourceLang: session.sourceLang, targetLang: session.targetLang },
  ).beads;
}

/**
 * Joins the stretches aligned again (`aligned[i]` for `tasks[i]`, in the stretch's own indices)
 * into one splice edit, from the first stretch that changed to the last (the anchors between
 * them carried over as they are), so that one undo takes it back; `undefined` when nothing changed.
 */
export function realignEdit(session: Session, tasks: readonly RealignTask[], aligned: readonly (readonly Bead[])[]): Edit | undefined {
  const changed: { gap: Gap; inserted: WorkbenchBead[] }[] = [];
  tasks.forEach((task, at) => {
    const removed = session.beads.slice(task.gap.start, task.gap.end);
    const inserted: WorkbenchBead[] = aligned[at]!.map((bead) => ({
      source: bead.source.map((local) => task.source[local]!),
      target: bead.target.map((local) => task.target[local]!),
      score: bead.score,
      fixed: false,
    }));
    const same = inserted.length === removed.length && inserted.every((bead, index) => sameBead(bead, removed[index]!));
    if (!same) changed.push({ gap: task.gap, inserted });
  });
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

/**
 * "Re-align the rest": the corrected (fixed) beads are kept as they are, as anchors, and each
 * stretch between two of them is aligned again on its own. `alignSentences` has no anchor
 * option, so the anchors work by cutting the problem: a stretch's sentences can only pair with
 * sentences of the same stretch, which is what a fixed bead on each side of it implies. One
 * correction so fixes its neighbours, whose sentences it took or gave back. Each stretch is aligned
 * with the document's languages and the caller's options; the word pairs the second pass learns
 * come from the stretch alone. A stretch empty on a side is left as it is. (The page runs the
 * same three steps with the alignment in its worker.)
 *
 * @returns one splice edit (see {@link realignEdit}); `undefined` when nothing changed.
 */
export function realignGaps(session: Session, options: Omit<AlignOptions, 'sourceLang' | 'targetLang'> = {}): Edit | undefined {
  const tasks = realignTasks(session);
  return realignEdit(session, tasks, tasks.map((task) => alignTask(session, task, options)));
}

function sameBead(a: WorkbenchBead, b: WorkbenchBead): boolean {
  return a.score === b.score && a.source.join() === b.source.join() && a.target.join() === b.target.join();
}
