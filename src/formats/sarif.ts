import type { DivergenceReport, Finding, Sentence } from '../types.js';
import { VERSION } from '../version.js';
import { optionsObject, reportArgument } from '../options.js';

/** Options of {@link formatSarif}: where the two documents live, for the result locations. */
export interface SarifOptions {
  /** URI of the source document, as the consumer of the log should see it. */
  sourceUri: string;
  /** URI of the target document. */
  targetUri: string;
  /** The original source text (for line and column numbers); without it, sentence i is line i + 1. */
  sourceText?: string;
  /** The original target text. */
  targetText?: string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function region(sentence: Sentence, text: string | undefined, index: number): Record<string, number> {
  if (text === undefined) return { startLine: index + 1, startColumn: 1 };
  const before = text.slice(0, sentence.start);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  const column = sentence.start - (before.lastIndexOf('\n') + 1) + 1;
  return { startLine: line, startColumn: column, charOffset: sentence.start, charLength: sentence.end - sentence.start };
}

/**
 * A divergence report as a SARIF 2.1.0 log, for code-review and CI tools that read static
 * analysis results: one rule per finding kind, one result per finding, located at the target
 * sentence (or the source sentence for an omission), with the finding's id as its fingerprint.
 */
export function formatSarif(report: DivergenceReport, options: SarifOptions): string {
  reportArgument(report, 'formatSarif');
  optionsObject(options, 'formatSarif');
  const kinds = [...new Set(report.findings.map((finding) => finding.kind))];
  const location = (finding: Finding) => {
    const inTarget = finding.target.length > 0;
    const index = inTarget ? finding.target[0]! : finding.source[0]!;
    const sentence = (inTarget ? report.alignment.target : report.alignment.source)[index]!;
    return {
      physicalLocation: {
        artifactLocation: { uri: inTarget ? options.targetUri : options.sourceUri },
        region: region(sentence, inTarget ? options.targetText : options.sourceText, index),
      },
    };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bitekst',
            version: VERSION,
            informationUri: 'https://www.npmjs.com/package/bitekst',
            rules: kinds.map((kind) => ({ id: kind, shortDescription: { text: `translation divergence: ${kind}` } })),
          },
        },
        results: report.findings.map((finding) => ({
          ruleId: finding.kind,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [location(finding)],
          partialFingerprints: { bitekstFindingId: finding.id },
          properties: { subkind: finding.subkind, source: finding.source, target: finding.target, evidence: finding.evidence },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
