import { beadTexts } from '../alignment.js';
import { BitekstError } from '../errors.js';
import type { Alignment, Finding } from '../types.js';
import { rebuildAlignment, type ReadBead } from './rebuild.js';

const HEADER = 'source\ttarget\tscore\tfindings';
/** Separates the sentences of a merged bead inside one cell. */
const SENTENCE_BREAK = '\u2029';

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function unescape(text: string): string {
  return text.replace(/\\([\\tnr])/g, (_, code: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[code]!);
}

/**
 * Writes an alignment as TSV with a header line: source, target, score, findings (`kind/subkind`
 * of each finding on the bead, `;`-separated). The sentences of a merged bead are separated by
 * U+2029 (paragraph separator); tabs, line breaks and backslashes in text are escaped as `\t`,
 * `\n`, `\\`, so every bead stays on one line and the file reads back exactly.
 */
export function formatTsv(alignment: Alignment, options: { findings?: readonly Finding[] } = {}): string {
  const rows = [HEADER];
  for (const bead of alignment.beads) {
    const findings = (options.findings ?? [])
      .filter((finding) => finding.source.some((index) => bead.source.includes(index)) || finding.target.some((index) => bead.target.includes(index)))
      .map((finding) => (finding.subkind === undefined ? finding.kind : `${finding.kind}/${finding.subkind}`));
    const cell = (side: 'source' | 'target') => escape(beadTexts(alignment, bead, side).join(SENTENCE_BREAK));
    rows.push(`${cell('source')}\t${cell('target')}\t${bead.score}\t${findings.join(';')}`);
  }
  return rows.join('\n') + '\n';
}

/**
 * Reads the TSV that {@link formatTsv} writes (a header line, then source, target, score and
 * optional findings per line).
 *
 * @throws {BitekstError} `E_TSV` with the line number for a line with fewer than three fields
 * or a score that is not a number.
 */
export function parseTsv(text: string, options: { sourceLang?: string; targetLang?: string } = {}): Alignment {
  const lines = text.split(/\r?\n/);
  const read: ReadBead[] = [];
  lines.forEach((line, index) => {
    if (line === '' || (index === 0 && line.startsWith('source\ttarget'))) return;
    const fields = line.split('\t');
    const score = Number(fields[2]);
    if (fields.length < 3 || fields[2] === '' || !Number.isFinite(score)) {
      throw new BitekstError('E_TSV', `TSV at line ${index + 1}: expected source<TAB>target<TAB>score, found "${line.slice(0, 60)}"`, { line: index + 1, column: 1 });
    }
    const side = (cell: string) => (cell === '' ? [] : unescape(cell).split(SENTENCE_BREAK));
    read.push({ source: side(fields[0]!), target: side(fields[1]!), score });
  });
  return rebuildAlignment(options.sourceLang ?? 'nb', options.targetLang ?? 'en', read);
}
