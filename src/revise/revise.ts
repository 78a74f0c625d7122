import { quote } from '../alignment.js';
import { alignSentences, type AlignOptions } from '../align/align.js';
import { toSentences } from '../align/sentences.js';
import type { AlignInput, Alignment, Bead, RevisionReport, SourceChange, TargetStatus } from '../types.js';
import { diffSentences } from './sentence-diff.js';
import { contentChanges, isMinorEdit, wordChanges } from './word-change.js';

/** Options of {@link compareRevisions}. */
export interface ReviseOptions extends AlignOptions {
  /** An existing alignment of the old source with the target; computed when absent. */
  alignment?: Alignment;
}

/**
 * Says which sentences of an existing translation are stale after its source was revised.
 *
 * 1. The two source versions are diffed sentence by sentence (jsdiff's `diffArrays` over
 *    sentences normalised for white space and quotation style), edited sentences word by word
 *    (`diffWordsWithSpace`), with changed numbers and names spelt out (`23 → 31`). An edit that
 *    only fixes a typo, punctuation or white space is `minor` and changes nothing for the
 *    translation unless it touches a number or a name.
 * 2. Through the alignment of the old source with the target (given, or computed), each target
 *    sentence is `valid` (its source is unchanged, minor or moved), `stale` (its source was edited,
 *    with the old and new sentence and what changed), `orphaned` (its source was deleted) or
 *    `unaligned` (it had no source).
 * 3. New source sentences with no translation are listed, and the alignment of the new source
 *    with the target is carried over for everything still valid, so nothing is re-aligned.
 *
 * A target that does not translate the old source (a poor alignment) and a completely rewritten
 * source are said plainly in `summary`.
 */
export function compareRevisions(oldSource: AlignInput, newSource: AlignInput, target: AlignInput, options: ReviseOptions = {}): RevisionReport {
  const sourceLang = options.alignment?.sourceLang ?? options.sourceLang ?? 'nb';
  const targetLang = options.alignment?.targetLang ?? options.targetLang ?? 'en';
  const alignment = options.alignment ?? alignSentences(oldSource, target, { ...options, sourceLang, targetLang });
  const oldSentences = alignment.source;
  const newSentences = toSentences(newSource, sourceLang, 'newSource');
  const changes = diffSentences(
    oldSentences.map((sentence) => sentence.text),
    newSentences.map((sentence) => sentence.text),
  );
  for (const change of changes) {
    if (change.type !== 'edited') continue;
    const before = oldSentences[change.old!]!.text;
    const after = newSentences[change.new!]!.text;
    change.words = wordChanges(before, after);
    change.details = contentChanges(before, after, sourceLang);
    if (isMinorEdit(change.words, change.details)) change.type = 'minor';
  }
  const byOld = new Map<number, SourceChange>();
  for (const change of changes) if (change.old !== undefined) byOld.set(change.old, change);
  const targets = statusOfTargets(alignment, byOld);
  const carried = carryOver(alignment, byOld, newSentences);
  // Sentences new in this revision; a sentence left untranslated on purpose before stays so.
  const untranslated = changes.filter((change) => change.type === 'inserted').map((change) => change.new!);
  const count = (status: TargetStatus['status']) => targets.filter((entry) => entry.status === status).length;
  const joint = alignment.beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0);
  const covered = joint.filter((bead) => bead.score >= 0.5).reduce((sum, bead) => sum + bead.source.length, 0);
  const mismatch = oldSentences.length >= 3 && alignment.target.length >= 3 && covered / oldSentences.length < 0.3;
  const changed = changes.filter((change) => change.type === 'deleted' || change.type === 'edited').length;
  const rewritten = oldSentences.length > 0 && changed / oldSentences.length >= 0.8;
  const summary = {
    valid: count('valid') + count('moved'),
    stale: count('stale'),
    orphaned: count('orphaned'),
    untranslated: untranslated.length,
    rewritten,
    mismatch,
    message: '',
  };
  summary.message = mismatch
    ? 'The target does not appear to translate the old source: its alignment is poor, so these statuses are unreliable.'
    : rewritten
      ? `The source was rewritten: ${stale(summary.stale)}, ${summary.orphaned} orphaned, ${summary.untranslated} new ${summary.untranslated === 1 ? 'sentence needs' : 'sentences need'} translation.`
      : summary.stale + summary.orphaned + summary.untranslated === 0
        ? 'Nothing needs re-translation.'
        : `${stale(summary.stale)}, ${summary.orphaned} orphaned, and ${summary.untranslated} new source ${summary.untranslated === 1 ? 'sentence needs' : 'sentences need'} translation.`;
  return { oldSource: oldSentences, changes, targets, untranslated, alignment: carried, summary };
}

function statusOfTargets(alignment: Alignment, byOld: Map<number, SourceChange>): TargetStatus[] {
  const statuses: TargetStatus[] = [];
  for (const bead of alignment.beads) {
    for (const target of bead.target) {
      const sourceChanges = bead.source.map((index) => byOld.get(index)!);
      const newSource = sourceChanges.flatMap((change) => (change.new === undefined ? [] : [change.new]));
      if (bead.source.length === 0) {
        statuses.push({ target, status: 'unaligned', oldSource: [], newSource: [] });
      } else if (sourceChanges.every((change) => change.type === 'deleted')) {
        statuses.push({ target, status: 'orphaned', oldSource: bead.source, newSource, reason: `its source ${quote(alignment.source[bead.source[0]!]!.text)} was deleted` });
      } else if (sourceChanges.some((change) => change.type === 'edited' || change.type === 'deleted')) {
        const edits = sourceChanges.filter((change) => change.type === 'edited');
        const details = edits.flatMap((change) => change.details ?? []);
        const deleted = sourceChanges.filter((change) => change.type === 'deleted').length;
        const reason = [
          ...(details.length > 0 ? [details.join(', ')] : edits.length > 0 ? ['the source sentence was reworded'] : []),
          ...(deleted > 0 ? [`${deleted} of its source sentences deleted`] : []),
        ].join('; ');
        statuses.push({ target, status: 'stale', oldSource: bead.source, newSource, reason });
      } else {
        statuses.push({ target, status: sourceChanges.some((change) => change.type === 'moved') ? 'moved' : 'valid', oldSource: bead.source, newSource });
      }
    }
  }
  return statuses.sort((a, b) => a.target - b.target);
}

/**
 * The alignment of the new source with the target: each old bead with its source sentences
 * renamed to their new positions (deleted ones dropped), kept in order; a bead that would go
 * backwards (a moved sentence) and new sentences become beads of their own.
 */
function carryOver(alignment: Alignment, byOld: Map<number, SourceChange>, newSentences: Alignment['source']): Alignment {
  const newCount = newSentences.length;
  const beads: Bead[] = [];
  const used = new Set<number>();
  let lastNew = -1;
  for (const bead of alignment.beads) {
    const mapped = bead.source.map((index) => byOld.get(index)!).filter((change) => change.new !== undefined && change.type !== 'moved').map((change) => change.new!);
    const inOrder = mapped.every((index) => index > lastNew);
    const source = inOrder ? mapped : [];
    const stale = bead.source.some((index) => byOld.get(index)!.type === 'edited');
    if (source.length === 0 && bead.target.length === 0) continue;
    beads.push({ source, target: bead.target, score: source.length > 0 && bead.target.length > 0 && !stale ? bead.score : source.length === 0 || bead.target.length === 0 ? 1 : 0 });
    for (const index of source) used.add(index);
    if (source.length > 0) lastNew = source[source.length - 1]!;
  }
  // New and moved sentences: insert as 1-0 beads where they fall in order.
  const pending = Array.from({ length: newCount }, (_, index) => index).filter((index) => !used.has(index));
  const merged: Bead[] = [];
  let cursor = 0;
  for (const bead of beads) {
    const first = bead.source[0];
    while (first !== undefined && cursor < pending.length && pending[cursor]! < first) merged.push({ source: [pending[cursor++]!], target: [], score: 1 });
    merged.push(bead);
  }
  while (cursor < pending.length) merged.push({ source: [pending[cursor++]!], target: [], score: 1 });
  return { ...alignment, source: newSentences, beads: merged };
}

/** `1 translated sentence is stale`, `2 translated sentences are stale`. */
function stale(count: number): string {
  return `${count} translated ${count === 1 ? 'sentence is' : 'sentences are'} stale`;
}
