import { describe, expect, it } from 'vitest';
import * as bitekst from '../src/index.js';
import { isBitekstError, type ErrorCode } from '../src/index.js';

// Every public function refuses what it cannot use with a typed error naming what was wrong,
// never a raw TypeError, a silent empty result or a hang.

const NB = 'Han kom hjem i går. Det var 12 grader i Oslo.';
const EN = 'He came home yesterday. It was 12 degrees in Oslo.';

function codeOf(run: () => unknown): ErrorCode | 'none' | string {
  try {
    run();
    return 'none';
  } catch (error) {
    return isBitekstError(error) ? error.code : `raw ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`;
  }
}

const alignment = () => bitekst.alignSentences(NB, EN, { realign: false });
const report = () => bitekst.checkDivergences(alignment());
const revision = () => bitekst.compareRevisions(NB, `${NB} Ny setning.`, EN);

/** Values that are not text, fed to every data argument that takes a string. */
const NOT_TEXT: unknown[] = [undefined, null, 42, NaN, -1, true, {}, [], Object.freeze({}), Object.freeze(['x'])];
/** Values that are not an array. */
const NOT_ARRAY: unknown[] = [undefined, null, 42, NaN, -1, 'text', true, {}, Object.freeze({})];
/** Values that are not an alignment or a report. */
const NOT_OBJECT: unknown[] = [undefined, null, 42, NaN, -1, 'text', true, {}, [], Object.freeze({})];
/** Options objects that are not objects (`undefined` is "no options" and is accepted). */
const NOT_OPTIONS: unknown[] = [null, 42, NaN, -1, 'text', true, []];

type Call = (value: any) => unknown;

/** Each function with its data argument in place of `value`. */
const DATA: [string, Call, unknown[]][] = [
  ['alignSentences (source)', (value) => bitekst.alignSentences(value, EN), NOT_ARRAY.filter((value) => typeof value !== 'string')],
  ['analyseSentence', (value) => bitekst.analyseSentence(value), NOT_TEXT],
  ['analyseSentences', (value) => bitekst.analyseSentences(value), NOT_ARRAY],
  ['extractFeatures', (value) => bitekst.extractFeatures(value), NOT_TEXT],
  ['checkDivergences', (value) => bitekst.checkDivergences(value), NOT_OBJECT],
  ['pairDocuments (sources)', (value) => bitekst.pairDocuments(value, []), NOT_ARRAY],
  ['pairDocuments (targets)', (value) => bitekst.pairDocuments([], value), NOT_ARRAY],
  ['splitByLanguage', (value) => bitekst.splitByLanguage(value), NOT_ARRAY],
  ['nameKey', (value) => bitekst.nameKey(value, undefined), NOT_TEXT],
  ['namesMatch', (value) => bitekst.namesMatch(value, 'Oslo'), NOT_TEXT],
  ['collectKnownNames', (value) => bitekst.collectKnownNames(value), NOT_ARRAY],
  ['extractNames', (value) => bitekst.extractNames(value), NOT_TEXT],
  ['extractNumbers', (value) => bitekst.extractNumbers(value), NOT_TEXT],
  ['profilePunctuation', (value) => bitekst.profilePunctuation(value), NOT_TEXT],
  ['formatBeads', (value) => bitekst.formatBeads(value), NOT_ARRAY],
  ['parseBeads', (value) => bitekst.parseBeads(value), NOT_TEXT],
  ['formatFindingsText', (value) => bitekst.formatFindingsText(value), NOT_OBJECT],
  ['formatHtml', (value) => bitekst.formatHtml(value), NOT_OBJECT],
  ['formatJson', (value) => bitekst.formatJson(value), NOT_OBJECT],
  ['parseJson', (value) => bitekst.parseJson(value), NOT_TEXT],
  ['formatLadder', (value) => bitekst.formatLadder(value), NOT_ARRAY],
  ['parseLadder', (value) => bitekst.parseLadder(value), NOT_TEXT],
  ['formatMoses', (value) => bitekst.formatMoses(value), NOT_OBJECT],
  ['parseMoses', (value) => bitekst.parseMoses(value, 'x'), NOT_TEXT],
  ['parseTmx', (value) => bitekst.parseTmx(value), NOT_TEXT],
  ['formatRevisionHtml', (value) => bitekst.formatRevisionHtml(value), NOT_OBJECT],
  ['formatRevisionText', (value) => bitekst.formatRevisionText(value), NOT_OBJECT],
  ['formatSarif', (value) => bitekst.formatSarif(value, {} as never), NOT_OBJECT],
  ['formatText', (value) => bitekst.formatText(value), NOT_OBJECT],
  ['formatTmx', (value) => bitekst.formatTmx(value), NOT_OBJECT],
  ['formatTsv', (value) => bitekst.formatTsv(value), NOT_OBJECT],
  ['parseTsv', (value) => bitekst.parseTsv(value), NOT_TEXT],
  ['compareRevisions', (value) => bitekst.compareRevisions(value, NB, EN), NOT_ARRAY.filter((value) => typeof value !== 'string')],
  ['parseDictionary', (value) => bitekst.parseDictionary(value), NOT_TEXT],
  ['segmentSentences', (value) => bitekst.segmentSentences(value), NOT_TEXT],
  ['createSegmenter', (value) => bitekst.createSegmenter()(value), NOT_TEXT],
  ['detectLanguage', (value) => bitekst.detectLanguage(value), NOT_TEXT],
  ['languagesMatch', (value) => bitekst.languagesMatch(value, 'en'), NOT_TEXT],
];

/** Each function with `value` in place of its options object. */
const OPTIONS: [string, Call][] = [
  ['alignSentences', (value) => bitekst.alignSentences(NB, EN, value)],
  ['analyseSentence', (value) => bitekst.analyseSentence(NB, value)],
  ['analyseSentences', (value) => bitekst.analyseSentences([NB], value)],
  ['extractFeatures', (value) => bitekst.extractFeatures(NB, value)],
  ['checkDivergences', (value) => bitekst.checkDivergences(alignment(), value)],
  ['pairDocuments', (value) => bitekst.pairDocuments([], [], value)],
  ['extractNames', (value) => bitekst.extractNames(NB, value)],
  ['collectKnownNames', (value) => bitekst.collectKnownNames([NB], value)],
  ['extractNumbers', (value) => bitekst.extractNumbers(NB, value)],
  ['formatFindingsText', (value) => bitekst.formatFindingsText(report(), value)],
  ['formatHtml', (value) => bitekst.formatHtml(report(), value)],
  ['formatJson', (value) => bitekst.formatJson(alignment(), value)],
  ['formatMoses', (value) => bitekst.formatMoses(alignment(), value)],
  ['parseTmx', (value) => bitekst.parseTmx(bitekst.formatTmx(alignment()), value)],
  ['formatRevisionHtml', (value) => bitekst.formatRevisionHtml(revision(), value)],
  ['formatSarif', (value) => bitekst.formatSarif(report(), value)],
  ['formatTmx', (value) => bitekst.formatTmx(alignment(), value)],
  ['formatTsv', (value) => bitekst.formatTsv(alignment(), value)],
  ['segmentSentences', (value) => bitekst.segmentSentences(NB, value)],
  ['createSegmenter', (value) => bitekst.createSegmenter(value)(NB)],
];

/** Option values out of range or of the wrong type, each with the name the message must give. */
const BAD_OPTIONS: [string, Call, Record<string, unknown>, string][] = [
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { bandWidth: NaN }, 'bandWidth'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { bandWidth: -5 }, 'bandWidth'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { bandWidth: '8' }, 'bandWidth'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { bandWidth: 2.5 }, 'bandWidth'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { maxBeadSize: 2.5 }, 'maxBeadSize'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { maxBeadSize: 9 }, 'maxBeadSize'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { maxSide: 0 }, 'maxSide'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { maxCells: NaN }, 'maxCells'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { maxCells: -1 }, 'maxCells'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { weights: { nullScore: NaN } }, 'weights.nullScore'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { weights: { mergeCost: NaN } }, 'weights.mergeCost'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { weights: { mergeCost: '2' } }, 'weights.mergeCost'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { weights: { nullscore: -7 } }, 'weights'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { weights: null }, 'options'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { realign: 'no' }, 'realign'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { sourceLang: 7 }, 'sourceLang'],
  ['alignSentences', (o) => bitekst.alignSentences(NB, EN, o), { dictionary: 'a=b' }, 'dictionary'],
  ['checkDivergences', (o) => bitekst.checkDivergences(alignment(), o), { minSeverity: 'fatal' }, 'minSeverity'],
  ['checkDivergences', (o) => bitekst.checkDivergences({ source: NB, target: EN }, o), { bandWidth: NaN }, 'bandWidth'],
  ['checkDivergences', (o) => bitekst.checkDivergences(alignment(), o), { kinds: 'numbers' }, 'kinds'],
  ['pairDocuments', (o) => bitekst.pairDocuments([], [], o), { threshold: NaN }, 'threshold'],
  ['pairDocuments', (o) => bitekst.pairDocuments([], [], o), { threshold: 2 }, 'threshold'],
  ['pairDocuments', (o) => bitekst.pairDocuments([], [], o), { candidates: -1 }, 'candidates'],
  ['pairDocuments', (o) => bitekst.pairDocuments([], [], o), { candidates: NaN }, 'candidates'],
  ['pairDocuments', (o) => bitekst.pairDocuments([], [], o), { onProgress: 1 }, 'onProgress'],
  ['segmentSentences', (o) => bitekst.segmentSentences(NB, o), { maxLength: NaN }, 'maxLength'],
  ['segmentSentences', (o) => bitekst.segmentSentences(NB, o), { maxLength: -1 }, 'maxLength'],
  ['segmentSentences', (o) => bitekst.segmentSentences(NB, o), { html: 'yes' }, 'html'],
  ['segmentSentences', (o) => bitekst.segmentSentences(NB, o), { lang: null }, 'lang'],
  ['parseTmx', (o) => bitekst.parseTmx(bitekst.formatTmx(alignment()), o), { maxUnits: NaN }, 'maxUnits'],
  ['parseTmx', (o) => bitekst.parseTmx(bitekst.formatTmx(alignment()), o), { maxUnits: 1.5 }, 'maxUnits'],
];

describe('data arguments that are not what the function reads', () => {
  for (const [name, call, values] of DATA) {
    it.each(values.map((value) => [value]))(`${name}(%o) throws E_INPUT`, (value) => {
      expect(codeOf(() => call(value))).toBe('E_INPUT');
    });
  }
});

describe('options objects that are not objects', () => {
  for (const [name, call] of OPTIONS) {
    it.each(NOT_OPTIONS.map((value) => [value]))(`${name}(…, %o) throws E_USAGE`, (value) => {
      expect(codeOf(() => call(value))).toBe('E_USAGE');
    });
    it(`${name} accepts a frozen empty options object`, () => {
      expect(codeOf(() => call(Object.freeze({})))).toBe('none');
    });
  }
});

describe('options out of range or of the wrong type', () => {
  it.each(BAD_OPTIONS)('%s(%o) throws E_USAGE naming the option', (_name, call, options, option) => {
    let caught: unknown;
    try {
      call(Object.freeze(options));
    } catch (error) {
      caught = error;
    }
    expect(isBitekstError(caught) && caught.code).toBe('E_USAGE');
    expect((caught as Error).message).toContain(option);
  });

  it('says what was expected and what was found', () => {
    expect(() => bitekst.alignSentences(NB, EN, { bandWidth: NaN })).toThrow('alignSentences: expected bandWidth to be a whole number ≥ 1, found NaN');
    expect(() => bitekst.alignSentences(NB, EN, { bandWidth: '8' as unknown as number })).toThrow('found "8"');
    expect(() => bitekst.pairDocuments([], [], { threshold: NaN })).toThrow('expected threshold to be a finite number in [0, 1], found NaN');
  });

  it('refuses bandWidth NaN before any search on a document past the whole-matrix size', () => {
    const many = (word: string) => Array.from({ length: 600 }, (_, index) => `${word} ${index}.`);
    expect(codeOf(() => bitekst.alignSentences(many('Setning'), many('Sentence'), { bandWidth: NaN }))).toBe('E_USAGE');
  });
});

describe('valid frozen options', () => {
  it('are accepted, give the same result as unfrozen ones and are not mutated', () => {
    const options = Object.freeze({ realign: false, bandWidth: 8, maxCells: 40_000_000, weights: Object.freeze({ nullScore: bitekst.DEFAULT_WEIGHTS.nullScore }) });
    const copy = JSON.stringify(options);
    expect(bitekst.alignSentences(NB, EN, options)).toEqual(bitekst.alignSentences(NB, EN, { realign: false }));
    expect(JSON.stringify(options)).toBe(copy);
    const check = Object.freeze({ minSeverity: 'warning' as const, kinds: Object.freeze(['number' as const]) });
    expect(codeOf(() => bitekst.checkDivergences(alignment(), check))).toBe('none');
    const pair = Object.freeze({ threshold: 0.5, candidates: 5 });
    expect(codeOf(() => bitekst.pairDocuments([{ id: 'a', text: NB }], [{ id: 'b', text: EN }], pair))).toBe('none');
    expect(codeOf(() => bitekst.segmentSentences(NB, Object.freeze({ lang: 'nb', maxLength: 1000, html: false })))).toBe('none');
  });
});
