import { segmentSentences } from '../../segment/segment.js';
import { choice, parseCommandArgs } from '../args.js';
import { readTextFile } from '../read-input.js';
import type { CommandIO } from '../io.js';

export const SEGMENT_USAGE = 'bitekst segment FILE [--lang nb|en|BCP47] [--format lines|json] [--abbreviation WORD]…';

/** `bitekst segment`: one sentence per line, or the sentences with their spans as JSON. */
export async function runSegment(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { lang: { type: 'string' }, format: { type: 'string' }, abbreviation: { type: 'string', multiple: true } },
    { min: 1, max: 1, usage: SEGMENT_USAGE },
  );
  const format = choice(values.format, ['lines', 'json'] as const, 'lines', 'format');
  const text = await readTextFile(positionals[0]!);
  const abbreviations = (values.abbreviation as unknown as string[] | undefined) ?? [];
  const sentences = segmentSentences(text, { lang: (values.lang as string | undefined) ?? 'nb', abbreviations });
  if (sentences.length === 0) io.warn(`${positionals[0]}: no text found (empty or white space only)`);
  if (format === 'json') io.out(JSON.stringify(sentences, null, 2) + '\n');
  else io.out(sentences.map((sentence) => sentence.text + '\n').join(''));
  return 0;
}
