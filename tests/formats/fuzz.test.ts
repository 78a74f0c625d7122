import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/batch/lines.js';
import { processRecord } from '../../src/batch/record.js';
import { parseShard, peekId } from '../../src/batch/shard.js';
import { decodeText } from '../../src/cli/read-input.js';
import { isBitekstError } from '../../src/errors.js';
import { alignSentences, formatJson, formatLadder, formatMoses, formatTmx, formatTsv, formatBeads, parseBeads, parseDictionary, parseJson, parseLadder, parseMoses, parseTmx, parseTsv } from '../../src/index.js';

// Random input into every parser: each returns a result or throws a BitekstError, never anything
// else (a TypeError, a RangeError, a hang). CI runs a fixed seed in a few seconds;
// BITEKST_FUZZ_RUNS=20000 (and BITEKST_FUZZ_SEED) run it longer on demand.
const RUNS = Number(process.env.BITEKST_FUZZ_RUNS ?? 400);
const SEED = Number(process.env.BITEKST_FUZZ_SEED ?? 23);

const alignment = alignSentences(['Hei.', 'Han betalte 200 kroner.', '', 'Ha det & «vel» <b>.'], ['Hello.', 'He paid 200 kroner.', '', 'Goodbye & "well" <b>.'], { sourceLang: 'nb', targetLang: 'en' });
const moses = formatMoses(alignment, { unaligned: true });
/** Valid documents of every format, for the mutating generator to damage. */
const SAMPLES = [formatTmx(alignment), formatTsv(alignment), formatJson(alignment), formatLadder(alignment.beads), formatBeads(alignment.beads), moses.source, 'hus @ house\nbil\tcar\n'];

/** Where random text comes from: raw bytes read as UTF-8 (lossy), full Unicode, or a valid sample damaged at random places. */
const text = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.tuple(fc.constantFrom(...SAMPLES), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.string({ unit: 'grapheme-ascii', maxLength: 6 })), { maxLength: 6 })).map(([sample, edits]) => {
    let result = sample;
    for (const [at, remove, insert] of edits) {
      const index = at % (result.length + 1);
      result = result.slice(0, index) + insert + result.slice(index + remove);
    }
    return result;
  }),
);

/** Runs `parse` and says what it did: `ok`, or the code of the BitekstError it threw; anything else fails the test. */
function outcome(parse: () => unknown): string {
  try {
    parse();
    return 'ok';
  } catch (error) {
    if (isBitekstError(error)) return error.code;
    throw error;
  }
}

const PARSERS: [string, (input: string) => unknown][] = [
  ['parseTmx', (input) => parseTmx(input)],
  ['parseTsv', (input) => parseTsv(input)],
  ['parseJson', (input) => parseJson(input)],
  ['parseLadder', (input) => parseLadder(input)],
  ['parseBeads', (input) => parseBeads(input)],
  ['parseMoses', (input) => parseMoses(input, input.split('\n').reverse().join('\n'))],
  ['parseDictionary', (input) => parseDictionary(input)],
  ['parseShard', (input) => parseShard(input)],
  ['peekId', (input) => peekId(input)],
  ['processRecord', (input) => {
    const output = processRecord(input, 0, { sourceLang: 'nb', targetLang: 'en', check: true, maxCells: 200_000 });
    JSON.parse(output.line);
    if (!output.ok) expect(JSON.parse(output.line).error.code).toMatch(/^E_[A-Z]+$/);
  }],
];

describe('fuzz: random input into every parser gives a result or a typed error', () => {
  for (const [name, parse] of PARSERS) {
    it(name, () => {
      const seen = new Set<string>();
      fc.assert(fc.property(text, (input) => void seen.add(outcome(() => parse(input)))), { seed: SEED, numRuns: RUNS });
      // Not only errors: lightly damaged samples still parse, so the parsers' inner paths run too.
      if (name !== 'parseShard') expect(seen).toContain('ok');
    });
  }

  it('decodeText and readLines: random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.nat({ max: 64 }), async (bytes, split) => {
        outcome(() => decodeText(bytes, 'input'));
        const chunks = [bytes.subarray(0, split), bytes.subarray(split)];
        let total = 0;
        for await (const line of readLines((async function* () {
          yield* chunks;
        })(), 100)) total += line.kind === 'too-long' ? line.length : line.bytes.length;
        expect(total).toBeLessThanOrEqual(bytes.length);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});
