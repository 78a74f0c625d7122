import { alignSentences } from '../../align/align.js';
import { parseDictionary } from '../../score/dictionary.js';
import { choice, parseCommand } from '../args.js';
import { integerFlag } from '../flags.js';
import type { CommandIO } from '../io.js';
import { readInputs } from '../inputs.js';
import { INPUT_OPTION_SPECS, OPTIONS, TEXT_ARGUMENTS } from '../options.js';
import { inputLimit } from '../input-limit.js';
import { readTextFile } from '../read-input.js';
import { OUTPUT_FORMATS, writeAlignment } from '../render.js';
import type { CommandSpec } from '../spec.js';
import { TMX_OPTION_SPECS, tmxFlags } from '../tmx-flags.js';

export const ALIGN: CommandSpec = {
  name: 'align',
  summary: 'align two texts sentence by sentence',
  synopsis: 'SOURCE TARGET',
  positionals: { min: 2, max: 2 },
  arguments: TEXT_ARGUMENTS,
  options: [
    ...INPUT_OPTION_SPECS,
    { name: 'format', type: 'string', value: OUTPUT_FORMATS.join('|'), default: 'beads', description: 'the output format (moses needs -o PREFIX)' },
    OPTIONS.output,
    { name: 'dictionary', type: 'string', value: 'FILE', description: 'word translations, hunalign "target @ source" lines or TSV' },
    { name: 'no-realign', type: 'boolean', description: 'skip the second pass that learns word translations from the first' },
    { name: 'max-bead-size', type: 'string', value: 'N', default: '5', description: 'most sentences in one bead, both sides together (2 to 8)' },
    ...TMX_OPTION_SPECS,
  ],
  examples: [
    'bitekst align corpus/000_559091eebb7a8267.txt corpus/003_922ec93c98972236.txt',
    'bitekst align nb.txt en.txt --format tmx --tmx-lang nb-NO,en-GB -o memory.tmx',
  ],
};

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
