import { segmentSentences } from '../../segment/segment.js';
import { choice, parseCommand } from '../args.js';
import { languageFlag } from '../flags.js';
import type { CommandIO } from '../io.js';
import { OPTIONS } from '../options.js';
import { writeOutput } from '../output.js';
import { inputLimit } from '../input-limit.js';
import { readTextFile } from '../read-input.js';
import type { CommandSpec } from '../spec.js';

export const SEGMENT: CommandSpec = {
  name: 'segment',
  summary: 'split a text into sentences',
  synopsis: 'FILE',
  positionals: { min: 1, max: 1 },
  arguments: [['FILE', 'the text (UTF-8, or UTF-16 with a byte-order mark); - reads standard input']],
  options: [
    { name: 'lang', type: 'string', value: 'TAG', default: 'nb', description: 'language of the text (BCP 47: nb, en, nn…)' },
    { name: 'format', type: 'string', value: 'lines|json', default: 'lines', description: 'one sentence per line, or the sentences with their spans (0-based offsets)' },
    { name: 'abbreviation', type: 'string', value: 'WORD', multiple: true, description: 'a further abbreviation that does not end a sentence (dvs, approx)' },
    OPTIONS.output,
  ],
  examples: ['bitekst segment corpus/000_559091eebb7a8267.txt --lang nb', 'echo "Mr. Smith came. He left." | bitekst segment - --lang en --format json'],
};

/** `bitekst segment`: one sentence per line, or the sentences with their spans as JSON. */
export async function runSegment(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(SEGMENT, args);
  const format = choice(values.format, ['lines', 'json'] as const, 'lines', 'format');
  const lang = languageFlag(values.lang, 'lang', 'nb');
  const text = await readTextFile(positionals[0]!, inputLimit(values));
  const abbreviations = (values.abbreviation as string[] | undefined) ?? [];
  const sentences = segmentSentences(text, { lang, abbreviations });
  if (sentences.length === 0) io.warn(`${positionals[0]}: no text found (empty or white space only)`);
  const content = format === 'json' ? JSON.stringify(sentences, null, 2) + '\n' : sentences.map((sentence) => sentence.text + '\n').join('');
  await writeOutput(typeof values.output === 'string' ? values.output : '-', content, io, positionals);
  return 0;
}
