import { BitekstError } from '../../errors.js';
import { parseJson } from '../../formats/json.js';
import { parseMoses } from '../../formats/moses.js';
import { parseTmx } from '../../formats/parse-tmx.js';
import { parseTsv } from '../../formats/tsv.js';
import { choice, parseCommandArgs } from '../args.js';
import type { CommandIO } from '../io.js';
import { readTextFile } from '../read-input.js';
import { OUTPUT_FORMATS, writeAlignment } from '../render.js';

const INPUT_FORMATS = ['tmx', 'tsv', 'json', 'moses'] as const;

export const CONVERT_USAGE = `bitekst convert INPUT [TARGET_INPUT] --from ${INPUT_FORMATS.join('|')} --to ${OUTPUT_FORMATS.join('|')} [-o OUTPUT] [--source-lang nb] [--target-lang en]`;

/** `bitekst convert`: reads an alignment in one exchange format and writes it in another. */
export async function runConvert(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { from: { type: 'string' }, to: { type: 'string' }, output: { type: 'string', short: 'o' }, 'source-lang': { type: 'string' }, 'target-lang': { type: 'string' } },
    { min: 1, max: 2, usage: CONVERT_USAGE },
  );
  if (values.from === undefined || values.to === undefined) throw new BitekstError('E_USAGE', `convert: expected --from and --to\nusage: ${CONVERT_USAGE}`);
  const from = choice(values.from, INPUT_FORMATS, 'tmx', 'from');
  const to = choice(values.to, OUTPUT_FORMATS, 'json', 'to');
  const langs = {
    ...(typeof values['source-lang'] === 'string' ? { sourceLang: values['source-lang'] } : {}),
    ...(typeof values['target-lang'] === 'string' ? { targetLang: values['target-lang'] } : {}),
  };
  if (from === 'moses' && positionals.length !== 2) throw new BitekstError('E_USAGE', 'convert --from moses: expected two files, the source lines and the target lines');
  const text = await readTextFile(positionals[0]!);
  const alignment =
    from === 'tmx'
      ? parseTmx(text, { ...langs, onWarning: (message) => io.warn(`${positionals[0]}: ${message}`) })
      : from === 'tsv'
        ? parseTsv(text, langs)
        : from === 'json'
          ? parseJson(text)
          : parseMoses(text, await readTextFile(positionals[1]!), langs);
  await writeAlignment(alignment, to, values.output as string | undefined, io);
  return 0;
}
