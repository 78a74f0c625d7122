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
// length check's median ratio, the first translation of a repeated sentence, a quotation running
// over neighbouring beads, which bead a double space is in, the bead scores): they read no
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
  unbalanced: checkUnbalanced,
  spacing: checkSpacing,
  inconsistent: checkInconsistent,
};

/** What the checks read that no edit changes: languages, known names, each sentence's analysis. */
export type CheckCache = Omit<CheckContext, 'alignment'>;

/** Analyses every sentence once, for {@link checkSession} and {@link recheckSession}. */
export function createCheckCache(session: Pick<Session, 'sourceLang' | 'targetLang' | 'source' | 'target'>): CheckCache {
  const language = { source: resolveLanguage(session.sourceLang), target: resolveLanguage(session.targetLang) };
  const knownSource = collectKnownNames(session.source.map((sentence) => sentence.text), { lang: language.source });
  const knownTarget = collectKnownNames(session.target.map((sentence) => sentence.text), { lang: language.target });
  return {
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
  return sortFindings(alignment, [...run(LOCAL, { ...cache, alignment }), ...run(DOCUMENT, { ...cache, alignment })]);
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
  return sortFindings(alignment, [...kept, ...local, ...document]);
}
