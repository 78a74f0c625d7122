import { analyseSentences } from '../analysis/analyse-sentence.js';
import { checkAbsorbedAdditions, checkAbsorbedOmissions } from '../check/checks/absorbed.js';
import { checkInconsistent } from '../check/checks/inconsistent.js';
import { checkLength } from '../check/checks/length.js';
import { checkLowConfidence } from '../check/checks/low-confidence.js';
import { checkNames } from '../check/checks/names.js';
import { checkNumbers } from '../check/checks/numbers.js';
import { checkPunctuation } from '../check/checks/punctuation.js';
import { checkSpacing } from '../check/checks/spacing.js';
import { checkUnbalanced } from '../check/checks/unbalanced.js';
import { checkAdditions, checkOmissions } from '../check/checks/unaligned.js';
import { checkUntranslated } from '../check/checks/untranslated.js';
import { FINDING_KINDS } from '../check/divergences.js';
import { findingId } from '../check/finding-id.js';
import type { Check, CheckContext } from '../check/types.js';
import { collectKnownNames } from '../features/names.js';
import { resolveLanguage } from '../text/language.js';
import type { Alignment, Finding, FindingKind } from '../types.js';
import type { Edit } from './edits.js';
import { sessionAlignment, type Session } from './session.js';

// The checks of checkDivergences, in two groups. An edit changes beads, never sentences, so each
// sentence's analysis (numbers, names, words: the costly part) is computed once per document and
// reused. Bead-local checks read only a bead and the per-sentence analyses: they are re-run on the
// beads an edit touched alone. Document checks compare a bead with the document around it (the
// length check's median ratio, which bead a double space is in, the bead scores): they read no
// analysis and are re-run over the whole document, in time linear in it.
const LOCAL: Partial<Record<FindingKind, Check>> = {
  omission: (context) => [...checkOmissions(context), ...checkAbsorbedOmissions(context)],
  addition: (context) => [...checkAdditions(context), ...checkAbsorbedAdditions(context)],
  number: checkNumbers,
  name: checkNames,
  untranslated: checkUntranslated,
  punctuation: checkPunctuation,
};
const DOCUMENT: Partial<Record<FindingKind, Check>> = {
  length: checkLength,
  'low-confidence': checkLowConfidence,
  spacing: checkSpacing,
};
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
  const language = { source: resolveLanguage(session.sourceLang), target: resolveLanguage(session.targetLang) };
  const knownSource = collectKnownNames(session.source.map((sentence) => sentence.text), { lang: language.source });
  const knownTarget = collectKnownNames(session.target.map((sentence) => sentence.text), { lang: language.target });
  const byKey = new Map<string, number[]>();
  session.source.forEach((sentence, index) => {
    const key = sentence.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [index]);
    else list.push(index);
  });
  return {
    repeatedSource: new Set([...byKey.values()].filter((list) => list.length > 1).flat()),
    language,
    knownSource,
    knownTarget,
    analysis: {
      source: analyseSentences(session.source, { lang: language.source, knownNames: knownSource }),
      target: analyseSentences(session.target, { lang: language.target, knownNames: knownTarget }),
    },
  };
}

function run(checks: Partial<Record<FindingKind, Check>>, context: CheckContext): Finding[] {
  const { alignment } = context;
  const textOf = (sentences: Alignment['source'], indices: number[]) => indices.map((index) => sentences[index]?.text ?? '').join(' ');
  return FINDING_KINDS.filter((kind) => checks[kind] !== undefined)
    .flatMap((kind) => checks[kind]!(context))
    .map((finding) => ({ id: findingId(finding, textOf(alignment.source, finding.source), textOf(alignment.target, finding.target)), ...finding }));
}

/** Document order, as checkDivergences sorts: by the first bead a finding touches, then by kind. */
function sortFindings(alignment: Alignment, findings: Finding[]): Finding[] {
  const beadOf = sentenceBeads(alignment);
  const position = (finding: Finding) =>
    Math.min(...finding.source.map((index) => beadOf.source[index] ?? Infinity), ...finding.target.map((index) => beadOf.target[index] ?? Infinity));
  const keyed = findings.map((finding) => ({ finding, position: position(finding), kind: FINDING_KINDS.indexOf(finding.kind) }));
  keyed.sort((a, b) => a.position - b.position || a.kind - b.kind);
  return keyed.map((entry) => entry.finding);
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
  return sortFindings(alignment, [
    ...run(LOCAL, { ...cache, alignment }),
    ...run(DOCUMENT, { ...cache, alignment }),
    ...run({ unbalanced: checkUnbalanced }, { ...cache, alignment }),
    ...inconsistencies(alignment, cache),
  ]);
}

/** The inconsistency check over the beads whose source sentence is repeated, in document order. */
function inconsistencies(alignment: Alignment, cache: CheckCache): Finding[] {
  const beads = alignment.beads.filter((bead) => bead.source.length === 1 && cache.repeatedSource.has(bead.source[0]!));
  return run({ inconsistent: checkInconsistent }, { ...cache, alignment: { ...alignment, beads } });
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
  const fresh = run({ unbalanced: checkUnbalanced }, { ...cache, alignment: window }).filter((finding) => inner.has(beadOfFinding(finding)));
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
  return sortFindings(alignment, [...kept, ...local, ...document, ...unbalanced, ...inconsistencies(alignment, cache)]);
}
