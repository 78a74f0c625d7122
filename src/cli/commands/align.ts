import { alignSentences } from '../../align/align.js';
import { parseDictionary } from '../../align/dictionary.js';
import { formatBeads } from '../../formats/beads.js';
import { formatText } from '../../formats/text.js';
import type { Alignment } from '../../types.js';
import { choice, parseCommandArgs } from '../args.js';
import type { CommandIO } from '../io.js';
import { readInputs, INPUT_OPTIONS, INPUT_USAGE } from '../inputs.js';
import { readTextFile } from '../read-input.js';

export const ALIGN_USAGE = `bitekst align SOURCE TARGET ${INPUT_USAGE} [--format beads|json|tsv|text] [--dictionary FILE] [--no-realign] [--max-bead-size N]`;

const FORMATS = ['beads', 'json', 'tsv', 'text'] as const;

/** `bitekst align`: aligns two texts and prints the beads. */
export async function runAlign(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...INPUT_OPTIONS, format: { type: 'string' }, dictionary: { type: 'string' }, 'no-realign': { type: 'boolean' }, 'max-bead-size': { type: 'string' } },
    { min: 2, max: 2, usage: ALIGN_USAGE },
  );
  const format = choice(values.format, FORMATS, 'beads', 'format');
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
  io.out(render(alignment, format));
  return 0;
}

function render(alignment: Alignment, format: (typeof FORMATS)[number]): string {
  if (format === 'beads') return formatBeads(alignment.beads);
  if (format === 'json') return JSON.stringify(alignment, null, 2) + '\n';
  const side = (indices: number[], sentences: Alignment['source']) => indices.map((index) => sentences[index]!.text).join(' ');
  if (format === 'tsv') {
    return alignment.beads.map((bead) => `${tsvCell(side(bead.source, alignment.source))}\t${tsvCell(side(bead.target, alignment.target))}\t${bead.score.toFixed(3)}\n`).join('');
  }
  return formatText(alignment);
}

function tsvCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
