import { CHECKS, checkInputs, FINDING_KINDS, runChecks, sortInDocumentOrder } from '../check/divergences.js';
import type { Check, CheckContext } from '../check/types.js';
import type { Alignment, Finding, FindingKind } from '../types.js';
import type { Edit } from './edits.js';
import { sessionAlignment, type Session } from './session.js';

// The checks of checkDivergences, in two groups. An edit changes beads, never sentences, so each
// sentence's analysis (numbers, names, words: the costly part) is computed once per document and
// reused. Bead-local checks read only a bead and the per-sentence analyses: they are re-run on the
// beads an edit touched alone. Document checks compare a bead with the document around it (the
// length check's median ratio, which bead a double space is in, the bead scores): they read no
// analysis and are re-run over the whole document, in time linear in it.
const LOCAL = pick(['omission', 'addition', 'number', 'name', 'untranslated', 'punctuation']);
const DOCUMENT = pick(['length', 'low-confidence', 'spacing']);

function pick(kinds: readonly FindingKind[]): Partial<Record<FindingKind, Check>> {
  return Object.fromEntries(kinds.map((kind) => [kind, CHECKS[kind]]));
}

// Two document checks cost most on long documents and are re-run on what an edit can change:
// a quotation running over neighbouring beads (unbalanced: a bead's severity depends on the
// three beads with both sides before and after it), and a source sentence translated two ways
// (inconsistent: only beads whose source sentence occurs more than once can take part).
const NEIGHBOURS = 3;

/** What the checks read that no edit changes: languages, known names, each sentence's analysis. */
export interface CheckCache extends Omit<CheckContext, 'alignment'> {
  /**
   * Source sentences whose text, letters and digits only and in lower case, occurs more than
   * once in the document: the only ones the inconsistency check can pair (its own comparison,
   * which also ignores case, spaces and punctuation, is finer, so nothing it pairs is missed).
   */
  repeatedSource: ReadonlySet<number>;
}

/** Analyses every sentence once, for {@link checkSession} and {@link recheckSession}. */
export function createCheckCache(session: Pick<Session, 'sourceLang' | 'targetLang' | 'source' | 'target'>): CheckCache {
  const byKey = new Map<string, number[]>();
  session.source.forEach((sentence, index) => {
    const key = sentence.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [index]);
    else list.push(index);
  });
  return { ...checkInputs(session), repeatedSource: new Set([...byKey.values()].filter((list) => list.length > 1).flat()) };
}

function run(checks: Partial<Record<FindingKind, Check>>, context: CheckContext): Finding[] {
  return runChecks(FINDING_KINDS.filter((kind) => checks[kind] !== undefined).map((kind) => checks[kind]!), context);
}

function sentenceBeads(alignment: Pick<Alignment, 'beads'>): { source: number[]; target: number[] } {
  const beadOf = { source: [] as number[], target: [] as number[] };
  alignment.beads.forEach((bead, index) => {
    for (const sentence of bead.source) beadOf.source[sentence] = index;
    for (const sentence of bead.target) beadOf.target[sentence] = index;
  });
  return beadOf;
}

/**
 * Every finding of the session's beads, exactly those `checkDivergences(alignment)` returns (all
 * kinds, every severity, nothing suppressed: dismissals are the page's to show).
 */
export function checkSession(session: Session, cache: CheckCache): Finding[] {
  const alignment = sessionAlignment(session);
  return sortInDocumentOrder(alignment, [
    ...run(LOCAL, { ...cache, alignment }),
    ...run(DOCUMENT, { ...cache, alignment }),
    ...run({ unbalanced: CHECKS.unbalanced }, { ...cache, alignment }),
    ...inconsistencies(alignment, cache),
  ]);
}

/** The inconsistency check over the beads whose source sentence is repeated, in document order. */
function inconsistencies(alignment: Alignment, cache: CheckCache): Finding[] {
  const beads = alignment.beads.filter((bead) => bead.source.length === 1 && cache.repeatedSource.has(bead.source[0]!));
  return run({ inconsistent: CHECKS.inconsistent }, { ...cache, alignment: { ...alignment, beads } });
}

/**
 * The unbalanced-quote findings after a splice at `start` that inserted `count` beads: the check
 * re-run on the beads with both sides within twice its reach of the edit, keeping the findings of
 * those within its reach (the others' neighbourhoods did not change), and the old findings elsewhere.
 */
function unbalancedAround(alignment: Alignment, cache: CheckCache, previous: readonly Finding[], start: number, count: number, beadOf: { source: number[]; target: number[] }): Finding[] {
  const joint: number[] = [];
  alignment.beads.forEach((bead, index) => {
    if (bead.source.length > 0 && bead.target.length > 0) joint.push(index);
  });
  let first = joint.findIndex((index) => index >= start);
  if (first === -1) first = joint.length;
  let last = first - 1;
  while (last + 1 < joint.length && joint[last + 1]! < start + count) last += 1;
  const inner = new Set(joint.slice(Math.max(0, first - NEIGHBOURS), last + NEIGHBOURS + 1));
  const outer = joint.slice(Math.max(0, first - 2 * NEIGHBOURS), last + 2 * NEIGHBOURS + 1);
  const window = { ...alignment, beads: outer.map((index) => alignment.beads[index]!) };
  const beadOfFinding = (finding: Finding) => (finding.source.length > 0 ? beadOf.source[finding.source[0]!] : beadOf.target[finding.target[0]!]) ?? -1;
  const fresh = run({ unbalanced: CHECKS.unbalanced }, { ...cache, alignment: window }).filter((finding) => inner.has(beadOfFinding(finding)));
  const kept = previous.filter((finding) => finding.kind === 'unbalanced' && !inner.has(beadOfFinding(finding)) && !(beadOfFinding(finding) >= start && beadOfFinding(finding) < start + count));
  return [...kept, ...fresh];
}

/**
 * The findings after `edit`, from those before it: the bead-local checks re-run on the beads the
 * edit inserted only, the document checks over the document. Equal to {@link checkSession} on the
 * edited session (a test holds it to that over random edits).
 */
export function recheckSession(session: Session, cache: CheckCache, previous: readonly Finding[], edit: Edit): Finding[] {
  if (edit.type === 'decision') return [...previous];
  const alignment = sessionAlignment(session);
  const touched = { source: new Set<number>(), target: new Set<number>() };
  for (const bead of edit.inserted) {
    for (const sentence of bead.source) touched.source.add(sentence);
    for (const sentence of bead.target) touched.target.add(sentence);
  }
  const isLocal = (finding: Finding) => LOCAL[finding.kind] !== undefined;
  const inEdit = (finding: Finding) => finding.source.some((index) => touched.source.has(index)) || finding.target.some((index) => touched.target.has(index));
  const kept = previous.filter((finding) => isLocal(finding) && !inEdit(finding));
  const window = { ...alignment, beads: edit.inserted.map((bead) => ({ source: bead.source, target: bead.target, score: bead.score })) };
  const local = run(LOCAL, { ...cache, alignment: window });
  const document = run(DOCUMENT, { ...cache, alignment });
  const unbalanced = unbalancedAround(alignment, cache, previous, edit.start, edit.inserted.length, sentenceBeads(alignment));
  return sortInDocumentOrder(alignment, [...kept, ...local, ...document, ...unbalanced, ...inconsistencies(alignment, cache)]);
}
