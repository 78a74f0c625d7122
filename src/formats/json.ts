import { BitekstError } from '../errors.js';
import { alignmentArgument, optionalArray, optionsObject } from '../options.js';
import { validateLines } from '../text/validate-text.js';
import type { Alignment, Bead, Finding, Sentence } from '../types.js';
import { UNKNOWN_MODEL } from './rebuild.js';

/** The format marker of bitekst's JSON, checked when reading. */
export const JSON_FORMAT = 'bitekst-alignment/1';

/**
 * Writes an alignment (and optionally its findings) as JSON, described by the JSON Schema the
 * package ships as `bitekst/schema.json`: sentences with spans, beads, the model, findings.
 */
export function formatJson(alignment: Alignment, options: { findings?: readonly Finding[] } = {}): string {
  return [...formatJsonChunks(alignment, options)].join('');
}

/**
 * {@link formatJson} as a sequence of pieces (one per sentence, bead and finding) whose
 * concatenation is exactly its text, so that a large alignment can be written out piece by
 * piece: as one string, the JSON of a 100 MB translation memory passes the longest string the
 * JavaScript engine can hold. Options are checked before the first piece.
 */
export function formatJsonChunks(alignment: Alignment, options: { findings?: readonly Finding[] } = {}): Generator<string> {
  alignmentArgument(alignment, 'alignment', 'formatJson');
  optionalArray(optionsObject(options, 'formatJson').findings, 'findings', 'formatJson');
  return jsonPieces(alignment, options);
}

/**
 * The pieces of `JSON.stringify(document, null, 2)`, built the way it builds them: a value at
 * depth d is indented by 2·d spaces, so an item of a top-level array is its own indented
 * `JSON.stringify` with every line shifted by four spaces.
 */
function* jsonPieces(alignment: Alignment, options: { findings?: readonly Finding[] }): Generator<string> {
  const document: Record<string, unknown> = {
    $schema: 'https://www.npmjs.com/package/bitekst/schema/alignment.schema.json',
    format: JSON_FORMAT,
    sourceLang: alignment.sourceLang,
    targetLang: alignment.targetLang,
    source: alignment.source,
    target: alignment.target,
    beads: alignment.beads,
    model: alignment.model,
    ...(options.findings === undefined ? {} : { findings: options.findings }),
  };
  const keys = Object.keys(document).filter((key) => document[key] !== undefined);
  yield '{\n';
  for (const [index, key] of keys.entries()) {
    const value = document[key];
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n';
      for (const [at, item] of value.entries()) yield `${at === 0 ? '' : ',\n'}    ${(JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, '\n    ')}`;
      yield '\n  ]';
    } else yield JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    yield index === keys.length - 1 ? '\n' : ',\n';
  }
  yield '}\n';
}

function expect(condition: boolean, path: string, expected: string, found: unknown): asserts condition {
  if (!condition) throw new BitekstError('E_JSON', `JSON at ${path}: expected ${expected}, found ${JSON.stringify(found)?.slice(0, 60)}`);
}

/** An optional offset or paragraph number of a sentence: absent, or an integer from 0. */
function offset(value: unknown, path: string, what = 'an offset'): number | undefined {
  if (value === undefined) return undefined;
  expect(Number.isInteger(value) && (value as number) >= 0, path, `${what}, an integer from 0`, value);
  return value as number;
}

function sentences(value: unknown, path: string): Sentence[] {
  expect(Array.isArray(value), path, 'an array of sentences', value);
  const read = value.map((item: Partial<Sentence>, index: number) => {
    const at = `${path}[${index}]`;
    expect(typeof item === 'object' && item !== null && typeof item.text === 'string', at, '{ start, end, text }', item);
    // A missing offset is inferred from the other one and the text's length.
    const start = offset(item.start, `${at}.start`);
    const end = offset(item.end, `${at}.end`);
    const from = start ?? (end === undefined ? 0 : Math.max(0, end - item.text.length));
    const to = end ?? from + item.text.length;
    expect(to >= from, `${at}.end`, `an offset from start (${from})`, to);
    return { start: from, end: to, text: item.text, paragraph: offset(item.paragraph, `${at}.paragraph`, 'a paragraph number') ?? 0 };
  });
  validateLines(read.map((sentence) => sentence.text), `JSON ${path}`);
  return read;
}

/**
 * Checks that the beads use every sentence of a side exactly once, in order, as the aligner
 * writes them: a sentence used twice or skipped would be dropped or duplicated by every other
 * format, and the checks would count it wrong.
 */
function checkCoverage(beads: readonly Bead[], source: number, target: number): void {
  const next = { source: 0, target: 0 };
  beads.forEach((bead, index) => {
    expect(bead.source.length + bead.target.length > 0, `beads[${index}]`, 'a bead with at least one sentence', bead);
    for (const side of ['source', 'target'] as const) {
      bead[side].forEach((item, at) => {
        const why = item < next[side] ? 'already in a bead' : `sentence ${next[side]} skipped`;
        expect(item === next[side], `beads[${index}].${side}[${at}]`, `${side} sentence ${next[side]} (every sentence in one bead, in order; ${why})`, item);
        next[side] += 1;
      });
    }
  });
  for (const [side, count] of [['source', source], ['target', target]] as const) {
    expect(next[side] === count, `${side}[${next[side]}]`, 'a sentence in a bead (every sentence in one bead, in order)', `in none of the ${beads.length} beads`);
  }
}

/**
 * Reads the JSON that {@link formatJson} (or `bitekst align --format json`) writes, checking its
 * shape: every bead's indices must point at existing sentences, and the beads must use every
 * sentence of each side exactly once, in order. A sentence's missing offsets are inferred (`end`
 * is `start` plus the text's length).
 *
 * @throws {BitekstError} `E_JSON` with the path of the first problem (`beads[3].target[0]`);
 * `E_INPUT` for a sentence text the input rule refuses (`validateText`).
 */
export function parseJson(text: string): Alignment & { findings?: Finding[] } {
  if (typeof text !== 'string') throw new BitekstError('E_INPUT', `parseJson: expected a string, found ${text === null ? 'null' : typeof text}`);
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new BitekstError('E_JSON', `JSON: ${(error as Error).message}`, { cause: error });
  }
  expect(typeof value === 'object' && value !== null && !Array.isArray(value), '$', 'an object', value);
  expect(typeof value.sourceLang === 'string' && typeof value.targetLang === 'string', '$', 'sourceLang and targetLang', value.sourceLang);
  const source = sentences(value.source, 'source');
  const target = sentences(value.target, 'target');
  expect(Array.isArray(value.beads), 'beads', 'an array', value.beads);
  const beads: Bead[] = (value.beads as Bead[]).map((bead, index) => {
    const path = `beads[${index}]`;
    expect(typeof bead === 'object' && bead !== null && Array.isArray(bead.source) && Array.isArray(bead.target), path, '{ source, target, score }', bead);
    bead.source.forEach((item, at) => expect(Number.isInteger(item) && item >= 0 && item < source.length, `${path}.source[${at}]`, `a source sentence index below ${source.length}`, item));
    bead.target.forEach((item, at) => expect(Number.isInteger(item) && item >= 0 && item < target.length, `${path}.target[${at}]`, `a target sentence index below ${target.length}`, item));
    const score = bead.score ?? 1;
    expect(typeof score === 'number' && score >= 0 && score <= 1, `${path}.score`, 'a number from 0 to 1', score);
    return { source: [...bead.source], target: [...bead.target], score };
  });
  checkCoverage(beads, source.length, target.length);
  const recorded = typeof value.model === 'object' && value.model !== null ? (value.model as Partial<Alignment['model']>) : {};
  const model = { ...UNKNOWN_MODEL, ...recorded };
  return {
    sourceLang: value.sourceLang as string,
    targetLang: value.targetLang as string,
    source,
    target,
    beads,
    model,
    ...(Array.isArray(value.findings) ? { findings: value.findings as Finding[] } : {}),
  };
}
