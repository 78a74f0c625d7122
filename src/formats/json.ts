import { BitekstError } from '../errors.js';
import type { Alignment, Bead, Finding, Sentence } from '../types.js';
import { UNKNOWN_MODEL } from './rebuild.js';

/** The format marker of bitekst's JSON, checked when reading. */
export const JSON_FORMAT = 'bitekst-alignment/1';

/**
 * Writes an alignment (and optionally its findings) as JSON, described by the JSON Schema the
 * package ships as `bitekst/schema.json`: sentences with spans, beads, the model, findings.
 */
export function formatJson(alignment: Alignment, options: { findings?: readonly Finding[] } = {}): string {
  const document = {
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
  return JSON.stringify(document, null, 2) + '\n';
}

function expect(condition: boolean, path: string, expected: string, found: unknown): asserts condition {
  if (!condition) throw new BitekstError('E_JSON', `JSON at ${path}: expected ${expected}, found ${JSON.stringify(found)?.slice(0, 60)}`);
}

function sentences(value: unknown, path: string): Sentence[] {
  expect(Array.isArray(value), path, 'an array of sentences', value);
  return value.map((item: Sentence, index: number) => {
    expect(typeof item === 'object' && item !== null && typeof item.text === 'string', `${path}[${index}]`, '{ start, end, text }', item);
    return { start: Number(item.start ?? 0), end: Number(item.end ?? item.text.length), text: item.text, paragraph: Number(item.paragraph ?? 0) };
  });
}

/**
 * Reads the JSON that {@link formatJson} (or `bitekst align --format json`) writes, checking its
 * shape: every bead's indices must point at existing sentences.
 *
 * @throws {BitekstError} `E_JSON` with the path of the first problem (`beads[3].target[0]`).
 */
export function parseJson(text: string): Alignment & { findings?: Finding[] } {
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
