import { alignSentences } from '../align/align.js';
import { checkDivergences } from '../check/divergences.js';
import { pairDocuments } from '../documents/pair.js';
import { BitekstError, isBitekstError, type ErrorCode } from '../errors.js';
import type { DocumentInput, FindingKind } from '../types.js';

/** Options that apply to every record of a batch. */
export interface BatchOptions {
  sourceLang: string;
  targetLang: string;
  /** Run the divergence checks on each aligned pair. */
  check: boolean;
  /** Cells one alignment may use (`E_BUDGET` past it). */
  maxCells?: number;
}

/** What a batch record becomes: its id and result, or its id and an error. */
export interface BatchOutput {
  id: string;
  ok: boolean;
  /** One JSON line. */
  line: string;
  /** For the summary: beads, pairs found, findings per kind. */
  stats: { beads: number; pairs: number; kinds: Partial<Record<FindingKind, number>> };
}

/**
 * Processes one JSONL record: `{ id, source, target }` (texts; `sourceLang`/`targetLang` optional)
 * is aligned and checked; `{ id, sources, targets }` (arrays of `{ id, text }`) is paired. A
 * record that fails — bad JSON, bad input, over its budget — becomes an error record with its id
 * and the reason; the batch goes on.
 */
export function processRecord(line: string, position: number, options: BatchOptions): BatchOutput {
  let id = `line-${position + 1}`;
  try {
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      throw new BitekstError('E_JSON', `line ${position + 1}: expected a JSON object, found ${(error as Error).message}`);
    }
    if (typeof record !== 'object' || record === null) throw new BitekstError('E_JSON', `line ${position + 1}: expected a JSON object`);
    if (typeof record.id === 'string' || typeof record.id === 'number') id = String(record.id);
    const sourceLang = typeof record.sourceLang === 'string' ? record.sourceLang : options.sourceLang;
    const targetLang = typeof record.targetLang === 'string' ? record.targetLang : options.targetLang;
    if (Array.isArray(record.sources) && Array.isArray(record.targets)) {
      const result = pairDocuments(record.sources as DocumentInput[], record.targets as DocumentInput[], { sourceLang, targetLang });
      return { id, ok: true, line: JSON.stringify({ id, ...result }), stats: { beads: 0, pairs: result.pairs.length, kinds: {} } };
    }
    if (typeof record.source !== 'string' || typeof record.target !== 'string') {
      throw new BitekstError('E_INPUT', `record ${id}: expected { id, source, target } texts or { id, sources, targets } documents`);
    }
    // Aligned exactly as `bitekst align` aligns, then checked: the same pair gives the same beads.
    const alignment = alignSentences(record.source, record.target, {
      sourceLang,
      targetLang,
      ...(options.maxCells === undefined ? {} : { maxCells: options.maxCells }),
    });
    const report = options.check ? checkDivergences(alignment) : undefined;
    const output = {
      id,
      sourceLang: alignment.sourceLang,
      targetLang: alignment.targetLang,
      source: alignment.source.map((sentence) => sentence.text),
      target: alignment.target.map((sentence) => sentence.text),
      beads: alignment.beads,
      ...(report === undefined ? {} : { findings: report.findings, summary: report.summary }),
    };
    return { id, ok: true, line: JSON.stringify(output), stats: { beads: alignment.beads.length, pairs: 1, kinds: report?.summary.kinds ?? {} } };
  } catch (error) {
    const code: ErrorCode = isBitekstError(error) ? error.code : 'E_INTERNAL';
    const message = error instanceof Error ? error.message : String(error);
    return errorRecord(id, code, message);
  }
}

/** The output of a record that failed: its id, and the error's code and message, as one JSON line. */
export function errorRecord(id: string, code: ErrorCode, message: string): BatchOutput {
  return { id, ok: false, line: JSON.stringify({ id, error: { code, message } }), stats: { beads: 0, pairs: 0, kinds: {} } };
}
