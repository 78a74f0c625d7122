import { segmentSentences } from '../../segment/segment.js';
import { choice, parseCommand } from '../args.js';
import { languageFlag } from '../flags.js';
import type { CommandIO } from '../io.js';
import { writeOutput } from '../output.js';
import { inputLimit } from '../input-limit.js';
import { readTextFile } from '../read-input.js';
import { SEGMENT } from '../specs/segment.js';

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
