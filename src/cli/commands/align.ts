import { alignSentences } from '../../align/align.js';
import { parseDictionary } from '../../score/dictionary.js';
import { choice, parseCommand } from '../args.js';
import { integerFlag } from '../flags.js';
import type { CommandIO } from '../io.js';
import { readInputs } from '../inputs.js';
import { inputLimit } from '../input-limit.js';
import { readTextFile } from '../read-input.js';
import { OUTPUT_FORMATS, writeAlignment } from '../render.js';
import { tmxFlags } from '../tmx-flags.js';
import { ALIGN } from '../specs/align.js';

/** `bitekst align`: aligns two texts and writes the beads in the chosen format. */
export async function runAlign(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(ALIGN, args);
  const format = choice(values.format, OUTPUT_FORMATS, 'beads', 'format');
  const maxBeadSize = integerFlag(values['max-bead-size'], 'max-bead-size', { min: 2, max: 8 });
  const tmx = tmxFlags(values);
  const inputs = await readInputs(positionals[0]!, positionals[1]!, values, io);
  const dictionary = typeof values.dictionary === 'string' ? parseDictionary(await readTextFile(values.dictionary, inputLimit(values))) : undefined;
  const alignment = alignSentences(inputs.source, inputs.target, {
    sourceLang: inputs.sourceLang,
    targetLang: inputs.targetLang,
    realign: values['no-realign'] !== true,
    ...(dictionary === undefined ? {} : { dictionary }),
    ...(maxBeadSize === undefined ? {} : { maxBeadSize }),
  });
  await writeAlignment(alignment, format, values.output as string | undefined, io, { source: positionals[0]!, target: positionals[1]! }, tmx, [...positionals, ...(typeof values.dictionary === 'string' ? [values.dictionary] : [])]);
  return 0;
}
