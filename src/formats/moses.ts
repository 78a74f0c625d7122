import { beadTexts } from '../alignment.js';
import { BitekstError } from '../errors.js';
import { alignmentArgument, optionsObject } from '../options.js';
import { validateLines } from '../text/validate-text.js';
import type { Alignment } from '../types.js';
import { rebuildAlignment } from './rebuild.js';

/** Options of {@link formatMoses}. */
export interface MosesOptions {
  /**
   * Keep 1-0 and 0-1 beads, as a line with an empty other side; by default they are skipped, as
   * a training corpus wants.
   * @default false
   */
  unaligned?: boolean;
}

/**
 * Characters that some reader takes for the end of a line: line feed and carriage return, and
 * what Unicode (UAX #14: vertical tab, form feed, NEL, U+2028, U+2029) and Python's
 * `str.splitlines` (U+001C to U+001E) add. Written raw, any of them would break the line-for-line
 * correspondence of the two files for that reader.
 */
const LINE_BREAK = /[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/;
/** A backslash must be doubled before these, or the reader would take it for an escape. */
const ESCAPE_START = /[\\nrue\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/;
const NEEDS_ESCAPING = /[\\\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/;
/** A side that has sentences but no text (a blank pre-segmented line), unlike an empty side. */
const EMPTY_SIDE = '\\e';

/**
 * One side of a bead as a Moses line, as written as possible: line breaks become `\n`, `\r` or
 * `\uXXXX`, and a backslash is doubled only where it would otherwise start an escape, so text
 * without line breaks or backslashes is written exactly as it is.
 */
function toLine(texts: readonly string[]): string {
  const text = texts.join(' ');
  if (text === '' && texts.length > 0) return EMPTY_SIDE;
  if (!NEEDS_ESCAPING.test(text)) return text;
  let line = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\\') line += ESCAPE_START.test(text[index + 1] ?? '') ? '\\\\' : '\\';
    else if (char === '\n') line += '\\n';
    else if (char === '\r') line += '\\r';
    else if (LINE_BREAK.test(char)) line += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else line += char;
  }
  return line;
}

/** The sentences of a Moses line: none for an empty line, one (escapes decoded) otherwise. */
function fromLine(line: string): string[] {
  if (line === '') return [];
  if (line === EMPTY_SIDE) return [''];
  return [line.replace(/\\(?:([\\nr])|u([0-9a-fA-F]{4}))/g, (_, code: string | undefined, hex: string | undefined) => (code === undefined ? String.fromCharCode(parseInt(hex!, 16)) : { '\\': '\\', n: '\n', r: '\r' }[code]!))];
}

/**
 * Writes an alignment as Moses-style parallel text: two texts with one bead per line, line i of
 * the source translating line i of the target; merged sentences are joined by a space. Line
 * breaks inside a sentence are escaped (`\n`, `\r`, `\u2028` …), a backslash is doubled where it
 * would start an escape, and a side whose only sentence is empty is written `\e`; any other text
 * is written as it is.
 */
export function formatMoses(alignment: Alignment, options: MosesOptions = {}): { source: string; target: string } {
  alignmentArgument(alignment, 'alignment', 'formatMoses');
  optionsObject(options, 'formatMoses');
  const source: string[] = [];
  const target: string[] = [];
  for (const bead of alignment.beads) {
    if (!options.unaligned && (bead.source.length === 0 || bead.target.length === 0)) continue;
    source.push(toLine(beadTexts(alignment, bead, 'source')));
    target.push(toLine(beadTexts(alignment, bead, 'target')));
  }
  return { source: source.map((line) => `${line}\n`).join(''), target: target.map((line) => `${line}\n`).join('') };
}

const linesOf = (text: string) => {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

/**
 * Reads Moses-style parallel text: line i of each file is one bead, with the escapes of
 * {@link formatMoses} decoded; an empty line on one side makes a 1-0 or 0-1 bead, a line empty on
 * both sides none, and `\e` an empty sentence.
 *
 * @throws {BitekstError} `E_INPUT` when the two texts have different numbers of lines, or for
 * text the input rule refuses (`validateText`).
 */
export function parseMoses(sourceText: string, targetText: string, options: { sourceLang?: string; targetLang?: string } = {}): Alignment {
  for (const [what, text] of [['source', sourceText], ['target', targetText]] as const) {
    if (typeof text !== 'string') throw new BitekstError('E_INPUT', `parseMoses: expected the ${what} as a string, found ${text === null ? 'null' : typeof text}`);
  }
  const source = linesOf(sourceText);
  const target = linesOf(targetText);
  if (source.length !== target.length) {
    throw new BitekstError('E_INPUT', `Moses files: expected the same number of lines, found ${source.length} and ${target.length}`);
  }
  const alignment = rebuildAlignment(
    options.sourceLang ?? 'nb',
    options.targetLang ?? 'en',
    source.map((line, index) => ({ source: fromLine(line), target: fromLine(target[index]!), score: 1 })).filter((bead) => bead.source.length + bead.target.length > 0),
  );
  // The input rule applies to the lines as read, one side as one text (an escape can spell what
  // it refuses, `\ud800`).
  validateLines(alignment.source.map((sentence) => sentence.text), 'Moses source line');
  validateLines(alignment.target.map((sentence) => sentence.text), 'Moses target line');
  return alignment;
}
