import { describe, expect, it } from 'vitest';
import { formatJson, JSON_FORMAT, parseJson } from '../../src/formats/json.js';
import { rebuildAlignment } from '../../src/formats/rebuild.js';
import type { Finding } from '../../src/types.js';

const alignment = rebuildAlignment('nb', 'en', [
  { source: ['Hei.'], target: ['Hello.'], score: 0.9 },
  { source: ['Foto: NTB'], target: [], score: 0.5 },
]);

const finding: Finding = {
  id: 'f1',
  kind: 'omission',
  subkind: 'photo-credit',
  severity: 'info',
  source: [1],
  target: [],
  message: 'The photo credit is not translated.',
  evidence: { sourceText: 'Foto: NTB' },
};

/** What `parseJson` throws for `text`, or a failure when it accepts it. */
function refusal(text: string): { code: string; message: string } {
  try {
    parseJson(text);
  } catch (error) {
    return error as { code: string; message: string };
  }
  return expect.unreachable('parseJson accepted it');
}

describe('formatJson', () => {
  it('writes the alignment with the schema and format markers, two-space indented, one final line break', () => {
    const expected = {
      $schema: 'https://www.npmjs.com/package/bitekst/schema/alignment.schema.json',
      format: 'bitekst-alignment/1',
      sourceLang: 'nb',
      targetLang: 'en',
      source: [
        { start: 0, end: 4, text: 'Hei.', paragraph: 0 },
        { start: 5, end: 14, text: 'Foto: NTB', paragraph: 0 },
      ],
      target: [{ start: 0, end: 6, text: 'Hello.', paragraph: 0 }],
      beads: [
        { source: [0], target: [0], score: 0.9 },
        { source: [1], target: [], score: 0.5 },
      ],
      model: { lengthRatio: 1, lengthVariance: 0, lexiconSize: 0, passes: 0, cells: 0, evidence: 0 },
    };
    expect(formatJson(alignment)).toBe(JSON.stringify(expected, null, 2) + '\n');
    expect(JSON_FORMAT).toBe('bitekst-alignment/1');
  });

  it('adds the findings only when given, even an empty list', () => {
    expect(JSON.parse(formatJson(alignment))).not.toHaveProperty('findings');
    expect(JSON.parse(formatJson(alignment, { findings: [] })).findings).toEqual([]);
    expect(JSON.parse(formatJson(alignment, { findings: [finding] })).findings).toEqual([finding]);
  });
});

describe('parseJson', () => {
  it('reads back the alignment and its findings', () => {
    expect(parseJson(formatJson(alignment, { findings: [finding] }))).toEqual({ ...alignment, findings: [finding] });
  });

  it('fills in what a hand-written file leaves out: offsets, paragraph, scores and model', () => {
    const read = parseJson('{"sourceLang":"nb","targetLang":"en","source":[{"text":"Ja."}],"target":[{"text":"Yes."}],"beads":[{"source":[0],"target":[0]}]}');
    expect(read).toEqual({
      sourceLang: 'nb',
      targetLang: 'en',
      source: [{ start: 0, end: 3, text: 'Ja.', paragraph: 0 }],
      target: [{ start: 0, end: 4, text: 'Yes.', paragraph: 0 }],
      beads: [{ source: [0], target: [0], score: 1 }],
      model: { lengthRatio: 1, lengthVariance: 0, lexiconSize: 0, passes: 0, cells: 0, evidence: 0 },
    });
  });

  it('gives a sentence with a start and no end the end start + text length, and the reverse', () => {
    const read = parseJson('{"sourceLang":"nb","targetLang":"en","source":[{"text":"Ja.","start":3},{"text":"Nei.","end":12}],"target":[{"text":"Yes.","start":3,"end":9}],"beads":[{"source":[0,1],"target":[0]}]}');
    expect(read.source.map(({ start, end }) => [start, end])).toEqual([
      [3, 6],
      [8, 12],
    ]);
    expect(read.target[0]).toMatchObject({ start: 3, end: 9 });
  });

  it('refuses beads that use a sentence twice, skip one, go back, or hold none, naming the path', () => {
    const withBeads = (beads: object[], target = [{ text: 'x' }, { text: 'y' }]) =>
      refusal(JSON.stringify({ sourceLang: 'nb', targetLang: 'en', source: [{ text: 'a' }, { text: 'b' }, { text: 'c' }], target, beads }));
    expect(withBeads([{ source: [0], target: [0] }, { source: [0, 1, 2], target: [1] }])).toMatchObject({
      code: 'E_JSON',
      message: 'JSON at beads[1].source[0]: expected source sentence 1 (every sentence in one bead, in order; already in a bead), found 0',
    });
    expect(withBeads([{ source: [0], target: [0] }, { source: [2], target: [1] }])).toMatchObject({
      code: 'E_JSON',
      message: 'JSON at beads[1].source[0]: expected source sentence 1 (every sentence in one bead, in order; sentence 1 skipped), found 2',
    });
    expect(withBeads([{ source: [0, 1, 2], target: [1] }, { source: [], target: [0] }])).toMatchObject({ code: 'E_JSON', message: expect.stringMatching(/^JSON at beads\[0\]\.target\[0\]: expected target sentence 0/) });
    expect(withBeads([{ source: [0, 1, 2], target: [0, 1] }, { source: [], target: [] }])).toMatchObject({ code: 'E_JSON', message: expect.stringMatching(/^JSON at beads\[1\]: expected a bead with at least one sentence/) });
    expect(withBeads([{ source: [0, 1], target: [0, 1] }])).toMatchObject({ code: 'E_JSON', message: 'JSON at source[2]: expected a sentence in a bead (every sentence in one bead, in order), found "in none of the 1 beads"' });
    expect(withBeads([{ source: [0, 1, 2], target: [0] }])).toMatchObject({ code: 'E_JSON', message: expect.stringMatching(/^JSON at target\[1\]: expected a sentence in a bead/) });
  });

  it('refuses a sentence text the input rule refuses with E_INPUT, and what is not a string', () => {
    const text = JSON.stringify({ sourceLang: 'nb', targetLang: 'en', source: [{ text: 'a' }, { text: 'b\ud800' }], target: [], beads: [{ source: [0, 1], target: [] }] });
    expect(refusal(text)).toMatchObject({ code: 'E_INPUT', message: expect.stringMatching(/^JSON source\[1\] at column 2: expected text, found a lone surrogate/) });
    expect(refusal(undefined as unknown as string)).toMatchObject({ code: 'E_INPUT' });
  });

  it('keeps empty sentences (blank pre-segmented lines) and every accepted character', () => {
    const awkward = rebuildAlignment('nb', 'en', [
      { source: [''], target: ['\r\n\t\u000b\u0001'], score: 0.25 },
      { source: ['\u2028\u2029\ufffe\uffff😀'], target: [], score: 1 },
    ]);
    expect(parseJson(formatJson(awkward))).toEqual(awkward);
  });

  it('refuses offsets that are not integers from 0, or an end before the start, with the path', () => {
    const withSentence = (sentence: object) =>
      refusal(JSON.stringify({ sourceLang: 'nb', targetLang: 'en', source: [sentence], target: [], beads: [{ source: [0], target: [] }] }));
    expect(withSentence({ text: 'a', start: -1 })).toMatchObject({ code: 'E_JSON', message: expect.stringMatching(/^JSON at source\[0\]\.start: expected an offset/) });
    expect(withSentence({ text: 'a', end: '3' })).toMatchObject({ code: 'E_JSON', message: expect.stringMatching(/^JSON at source\[0\]\.end: expected an offset/) });
    expect(withSentence({ text: 'a', paragraph: 'first' })).toMatchObject({ code: 'E_JSON', message: expect.stringMatching(/^JSON at source\[0\]\.paragraph: expected a paragraph number, an integer from 0/) });
    expect(withSentence({ text: 'a', start: 5, end: 2 })).toMatchObject({ code: 'E_JSON', message: expect.stringMatching(/^JSON at source\[0\]\.end: expected an offset from start \(5\)/) });
  });

  it('refuses a file that is not JSON, or not an alignment object, with E_JSON', () => {
    expect(refusal('')).toMatchObject({ code: 'E_JSON' });
    expect(refusal('[]')).toMatchObject({ code: 'E_JSON', message: 'JSON at $: expected an object, found []' });
    expect(refusal('null')).toMatchObject({ code: 'E_JSON', message: 'JSON at $: expected an object, found null' });
    expect(refusal('{"sourceLang":"nb"}')).toMatchObject({ code: 'E_JSON', message: expect.stringMatching(/^JSON at \$: expected sourceLang and targetLang/) });
  });

  it('names the path of the first problem in the sentences and beads', () => {
    const base = { sourceLang: 'nb', targetLang: 'en', source: [{ text: 'a' }, { text: 'b' }], target: [{ text: 'x' }], beads: [{ source: [0, 1], target: [0] }] };
    const broken = (change: (value: typeof base & Record<string, unknown>) => void) => {
      const value = structuredClone(base) as typeof base & Record<string, unknown>;
      change(value);
      return refusal(JSON.stringify(value));
    };
    expect(broken((value) => (value.source = 'a' as never))).toMatchObject({ code: 'E_JSON', message: expect.stringMatching(/^JSON at source: expected an array of sentences/) });
    expect(broken((value) => (value.target = [{ start: 0 }] as never))).toMatchObject({ message: expect.stringMatching(/^JSON at target\[0\]: expected \{ start, end, text \}/) });
    expect(broken((value) => delete (value as Partial<typeof base>).beads)).toMatchObject({ message: expect.stringMatching(/^JSON at beads: expected an array/) });
    expect(broken((value) => (value.beads = [{ source: [0, 1] } as never]))).toMatchObject({ message: expect.stringMatching(/^JSON at beads\[0\]: expected \{ source, target, score \}/) });
    expect(broken((value) => (value.beads[0]!.source = [0, 2]))).toMatchObject({ message: 'JSON at beads[0].source[1]: expected a source sentence index below 2, found 2' });
    expect(broken((value) => (value.beads[0]!.target = [-1]))).toMatchObject({ message: 'JSON at beads[0].target[0]: expected a target sentence index below 1, found -1' });
    expect(broken((value) => (value.beads[0]!.source = [0.5]))).toMatchObject({ message: expect.stringMatching(/^JSON at beads\[0\]\.source\[0\]/) });
    expect(broken((value) => Object.assign(value.beads[0]!, { score: 1.5 }))).toMatchObject({ message: 'JSON at beads[0].score: expected a number from 0 to 1, found 1.5' });
    expect(broken((value) => Object.assign(value.beads[0]!, { score: '0.5' }))).toMatchObject({ message: 'JSON at beads[0].score: expected a number from 0 to 1, found "0.5"' });
  });
});
