import { alignSentences } from '../../align/align.js';
import { parseDictionary } from '../../score/dictionary.js';
import { choice, parseCommandArgs } from '../args.js';
import type { CommandIO } from '../io.js';
import { readInputs, INPUT_OPTIONS, INPUT_USAGE } from '../inputs.js';
import { readTextFile } from '../read-input.js';
import { OUTPUT_FORMATS, writeAlignment } from '../render.js';

export const ALIGN_USAGE = `bitekst align SOURCE TARGET ${INPUT_USAGE} [--format ${OUTPUT_FORMATS.join('|')}] [-o OUTPUT] [--dictionary FILE] [--no-realign] [--max-bead-size N]`;

/** `bitekst align`: aligns two texts and writes the beads in the chosen format. */
export async function runAlign(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...INPUT_OPTIONS,
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      dictionary: { type: 'string' },
      'no-realign': { type: 'boolean' },
      'max-bead-size': { type: 'string' },
    },
    { min: 2, max: 2, usage: ALIGN_USAGE },
  );
  const format = choice(values.format, OUTPUT_FORMATS, 'beads', 'format');
  const inputs = await readInputs(positionals[0]!, positionals[1]!, values, io);
  const dictionary = typeof values.dictionary === 'string' ? parseDictionary(await readTextFile(values.dictionary)) : undefined;
  const maxBeadSize = values['max-bead-size'] === undefined ? undefined : Number(values['max-bead-size']);
  const alignment = alignSentences(inputs.source, inputs.target, {
    sourceLang: inputs.sourceLang,
    targetLang: inputs.targetLang,
    realign: values['no-realign'] !== true,
    ...(dictionary === undefined ? {} : { dictionary }),
    ...(maxBeadSize === undefined ? {} : { maxBeadSize }),
  });
  await writeAlignment(alignment, format, values.output as string | undefined, io, { source: positionals[0]!, target: positionals[1]! });
  return 0;
}
