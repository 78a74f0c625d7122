import { beadTexts, findingsByBead } from '../alignment.js';
import { BitekstError } from '../errors.js';
import { alignmentArgument, optionalArray, optionsObject } from '../options.js';
import { validateLines } from '../text/validate-text.js';
import type { Alignment, Finding } from '../types.js';
import { rebuildAlignment, type ReadBead } from './rebuild.js';

const HEADER = 'source\ttarget\tscore\tfindings';
/** Separates the sentences of a merged bead inside one cell. */
const SENTENCE_BREAK = '\u2029';
/**
 * An empty sentence (a blank line of pre-segmented input is one): written so that a side with
 * one empty sentence is not read back as a side with none.
 */
const EMPTY_SENTENCE = '\\e';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', [SENTENCE_BREAK]: '\\u2029' };

function escape(text: string): string {
  return text === '' ? EMPTY_SENTENCE : text.replace(/[\\\t\n\r\u2029]/g, (char) => ESCAPES[char]!);
}

function unescape(text: string): string {
  if (text === EMPTY_SENTENCE) return '';
  return text.replace(/\\(?:([\\tnr])|u([0-9a-fA-F]{4}))/g, (_, code: string | undefined, hex: string | undefined) =>
    code === undefined ? String.fromCharCode(parseInt(hex!, 16)) : { '\\': '\\', t: '\t', n: '\n', r: '\r' }[code]!,
  );
}

/**
 * Writes an alignment as TSV with a header line: source, target, score, findings (`kind/subkind`
 * of each finding on the bead, `;`-separated). The sentences of a merged bead are separated by
 * U+2029 (paragraph separator); backslashes, tabs, line feeds, carriage returns and U+2029 in text
 * are escaped as `\\`, `\t`, `\n`, `\r` and `\u2029`, and an empty sentence is written `\e`, so
 * every bead stays on one line and the file reads back exactly, sentence for sentence.
 */
export function formatTsv(alignment: Alignment, options: { findings?: readonly Finding[] } = {}): string {
  return [...formatTsvChunks(alignment, options)].join('');
}

/**
 * {@link formatTsv} as a sequence of lines (the header, then one per bead) whose concatenation is
 * exactly its text, for writing a large alignment out piece by piece. Options are checked before
 * the first line.
 */
export function formatTsvChunks(alignment: Alignment, options: { findings?: readonly Finding[] } = {}): Generator<string> {
  alignmentArgument(alignment, 'alignment', 'formatTsv');
  optionalArray(optionsObject(options, 'formatTsv').findings, 'findings', 'formatTsv');
  return tsvRows(alignment, options.findings ?? []);
}

function* tsvRows(alignment: Alignment, findings: readonly Finding[]): Generator<string> {
  yield `${HEADER}\n`;
  const byBead = findingsByBead(alignment, findings);
  for (const [index, bead] of alignment.beads.entries()) {
    const kinds = byBead[index]!.map((finding) => (finding.subkind === undefined ? finding.kind : `${finding.kind}/${finding.subkind}`));
    const cell = (side: 'source' | 'target') => beadTexts(alignment, bead, side).map(escape).join(SENTENCE_BREAK);
    yield `${cell('source')}\t${cell('target')}\t${bead.score}\t${kinds.join(';')}\n`;
  }
}

/**
 * Reads the TSV that {@link formatTsv} writes (a header line, then source, target, score and
 * optional findings per line). A backslash before anything but the escapes above stays as written.
 *
 * @throws {BitekstError} `E_TSV` with the line number for a line with fewer than three fields
 * or a score that is not a number; `E_INPUT` for text the input rule refuses (`validateText`).
 */
export function parseTsv(text: string, options: { sourceLang?: string; targetLang?: string } = {}): Alignment {
  if (typeof text !== 'string') throw new BitekstError('E_INPUT', `parseTsv: expected a string, found ${text === null ? 'null' : typeof text}`);
  const lines = text.split(/\r?\n/);
  const read: ReadBead[] = [];
  lines.forEach((line, index) => {
    if (line === '' || (index === 0 && line.startsWith('source\ttarget\tscore'))) return;
    const fields = line.split('\t');
    const score = Number(fields[2]);
    if (fields.length < 3 || fields[2] === '' || !Number.isFinite(score)) {
      throw new BitekstError('E_TSV', `TSV at line ${index + 1}: expected source<TAB>target<TAB>score, found "${line.slice(0, 60)}"`, { line: index + 1, column: 1 });
    }
    const side = (cell: string) => (cell === '' ? [] : cell.split(SENTENCE_BREAK).map(unescape));
    read.push({ source: side(fields[0]!), target: side(fields[1]!), score });
  });
  const alignment = rebuildAlignment(options.sourceLang ?? 'nb', options.targetLang ?? 'en', read);
  // The input rule applies to the sentences as read, one side as one text (an escape can spell
  // what it refuses, `\ud800`).
  validateLines(alignment.source.map((sentence) => sentence.text), 'TSV source sentence');
  validateLines(alignment.target.map((sentence) => sentence.text), 'TSV target sentence');
  return alignment;
}
