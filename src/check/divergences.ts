import { resolveLanguage } from '../text/language.js';
import { alignSentences, type AlignOptions } from '../align/align.js';
import { BitekstError } from '../errors.js';
import { objectArgument, oneOf, optionalArray, optionsObject } from '../options.js';
import { analyseSentences } from '../analysis/analyse-sentence.js';
import { collectKnownNames } from '../features/names.js';
import type { AlignInput, Alignment, DivergenceReport, Finding, FindingKind, Sentence, Severity } from '../types.js';
import { checkAbsorbedAdditions, checkAbsorbedOmissions } from './checks/absorbed.js';
import { checkLength } from './checks/length.js';
import { checkLowConfidence } from './checks/low-confidence.js';
import { checkInconsistent } from './checks/inconsistent.js';
import { checkNames } from './checks/names.js';
import { checkNumbers } from './checks/numbers.js';
import { checkPunctuation } from './checks/punctuation.js';
import { checkSpacing } from './checks/spacing.js';
import { checkUnbalanced } from './checks/unbalanced.js';
import { checkAdditions, checkOmissions } from './checks/unaligned.js';
import { checkUntranslated } from './checks/untranslated.js';
import { findingId } from './finding-id.js';
import type { Check, CheckContext } from './types.js';

/** Every check, by the kind of finding it makes (the workbench re-runs them by group). */
export const CHECKS: Readonly<Record<FindingKind, Check>> = {
  omission: (context) => [...checkOmissions(context), ...checkAbsorbedOmissions(context)],
  addition: (context) => [...checkAdditions(context), ...checkAbsorbedAdditions(context)],
  number: checkNumbers,
  name: checkNames,
  length: checkLength,
  untranslated: checkUntranslated,
  'low-confidence': checkLowConfidence,
  unbalanced: checkUnbalanced,
  punctuation: checkPunctuation,
  spacing: checkSpacing,
  inconsistent: checkInconsistent,
};

/** Every finding kind, in report order. */
export const FINDING_KINDS = Object.keys(CHECKS) as FindingKind[];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Options of {@link checkDivergences}: which findings to report, and how to align when given texts. */
export interface CheckOptions extends AlignOptions {
  /**
   * Only these kinds of finding.
   * @default every kind
   */
  kinds?: readonly FindingKind[];
  /**
   * Never these kinds of finding.
   * @default []
   */
  exclude?: readonly FindingKind[];
  /**
   * The least severe finding reported.
   * @default 'info'
   */
  minSeverity?: Severity;
  /**
   * Ids of known false alarms to leave out (a finding's `id` is stable across runs).
   * @default []
   */
  suppress?: readonly string[];
}

function isAlignment(value: unknown): value is Alignment {
  return typeof value === 'object' && value !== null && Array.isArray((value as Alignment).beads) && Array.isArray((value as Alignment).source);
}

/**
 * Reports every place where a translation departs from its source: omitted and added
 * sentences (captions, credits, boilerplate and headings told apart), numbers and names that
 * differ or are missing, suspicious length ratios, untranslated text, beads the aligner doubts,
 * unbalanced quotes and brackets, a `?` or `!` on one side only, double spaces, and a source
 * sentence translated two ways. Findings are data, never thrown.
 *
 * Takes an `Alignment` from `alignSentences`, or `{ source, target }` texts (aligned first with
 * the same options).
 *
 * @returns the alignment, the findings in document order, and counts per kind and severity.
 * @throws {BitekstError} only for unusable input (`E_INPUT`, `E_LANGUAGE`, `E_USAGE`, as `alignSentences`).
 * @example
 * ```ts
 * const { findings } = checkDivergences({ source: norwegian, target: english });
 * findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message);
 * ```
 */
export function checkDivergences(input: Alignment | { source: AlignInput; target: AlignInput }, given: CheckOptions = {}): DivergenceReport {
  const where = 'checkDivergences';
  objectArgument(input, 'input', where, 'an alignment or { source, target }');
  const options = optionsObject(given, where);
  // An unknown severity ranks as nothing, which would silently filter every finding out.
  const minSeverity = oneOf(options.minSeverity, 'minSeverity', ['info', 'warning', 'error'], where, 'info');
  optionalArray(options.kinds, 'kinds', where);
  optionalArray(options.exclude, 'exclude', where);
  optionalArray(options.suppress, 'suppress', where);
  // Given texts, align exactly as alignSentences does with the same options, so that a pair
  // gives the same beads whether it is aligned, checked, reported or batch-processed.
  const alignment = isAlignment(input) ? input : alignSentences(input.source, input.target, options);
  const unknown = [...(options.kinds ?? []), ...(options.exclude ?? [])].filter((kind) => !Object.hasOwn(CHECKS, kind));
  if (unknown.length > 0) {
    throw new BitekstError('E_USAGE', `checkDivergences: expected finding kinds among ${FINDING_KINDS.join(', ')}, found ${unknown.join(', ')}`);
  }
  const selected = FINDING_KINDS.filter((kind) => (options.kinds ?? FINDING_KINDS).includes(kind) && !(options.exclude ?? []).includes(kind));
  const context = { alignment, ...checkInputs(alignment) };
  const floor = RANK[minSeverity];
  const suppressed = new Set(options.suppress ?? []);
  const findings = sortInDocumentOrder(
    alignment,
    runChecks(selected.map((kind) => CHECKS[kind]), context).filter((finding) => RANK[finding.severity] >= floor && !suppressed.has(finding.id)),
  );
  return { alignment, findings, summary: summarise(alignment, findings) };
}

/**
 * What every check reads besides the beads, none of which a change of beads alters: the languages
 * (resolved once), the names known from each whole side, and each sentence's analysis (once).
 */
export function checkInputs(alignment: { sourceLang: string; targetLang: string; source: readonly Sentence[]; target: readonly Sentence[] }): Omit<CheckContext, 'alignment'> {
  const language = { source: resolveLanguage(alignment.sourceLang), target: resolveLanguage(alignment.targetLang) };
  const knownSource = collectKnownNames(alignment.source.map((sentence) => sentence.text), { lang: language.source });
  const knownTarget = collectKnownNames(alignment.target.map((sentence) => sentence.text), { lang: language.target });
  return {
    knownSource,
    knownTarget,
    language,
    analysis: {
      source: analyseSentences(alignment.source, { lang: language.source, knownNames: knownSource }),
      target: analyseSentences(alignment.target, { lang: language.target, knownNames: knownTarget }),
    },
  };
}

/** Runs `checks` in order over `context`, giving each finding its stable id. */
export function runChecks(checks: readonly Check[], context: CheckContext): Finding[] {
  const { alignment } = context;
  const textOf = (sentences: Alignment['source'], indices: number[]) => indices.map((index) => sentences[index]?.text ?? '').join(' ');
  return checks
    .flatMap((check) => check(context))
    .map((finding) => ({ id: findingId(finding, textOf(alignment.source, finding.source), textOf(alignment.target, finding.target)), ...finding }));
}

/** Sorts `findings` in place into document order: by the first bead a finding touches, then by kind. */
export function sortInDocumentOrder(alignment: Pick<Alignment, 'beads'>, findings: Finding[]): Finding[] {
  const sourceBead: number[] = [];
  const targetBead: number[] = [];
  alignment.beads.forEach((bead, index) => {
    for (const sentence of bead.source) sourceBead[sentence] = index;
    for (const sentence of bead.target) targetBead[sentence] = index;
  });
  const position = (finding: Finding) =>
    Math.min(...finding.source.map((index) => sourceBead[index] ?? Infinity), ...finding.target.map((index) => targetBead[index] ?? Infinity));
  const key = new Map(findings.map((finding) => [finding, { position: position(finding), kind: FINDING_KINDS.indexOf(finding.kind) }]));
  return findings.sort((a, b) => key.get(a)!.position - key.get(b)!.position || key.get(a)!.kind - key.get(b)!.kind);
}

function summarise(alignment: Alignment, findings: readonly Finding[]): DivergenceReport['summary'] {
  const kinds: Partial<Record<FindingKind, number>> = {};
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    kinds[finding.kind] = (kinds[finding.kind] ?? 0) + 1;
    severities[finding.severity] += 1;
  }
  let source = 0;
  let target = 0;
  for (const bead of alignment.beads) {
    if (bead.source.length > 0 && bead.target.length > 0) {
      source += bead.source.length;
      target += bead.target.length;
    }
  }
  return {
    kinds,
    severities,
    coverage: {
      source: alignment.source.length === 0 ? 1 : Math.round((source / alignment.source.length) * 1000) / 1000,
      target: alignment.target.length === 0 ? 1 : Math.round((target / alignment.target.length) * 1000) / 1000,
    },
  };
}
