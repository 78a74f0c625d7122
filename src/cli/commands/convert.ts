import { BitekstError } from '../../errors.js';
import { parseJson } from '../../formats/json.js';
import { parseMoses } from '../../formats/moses.js';
import { parseTmx } from '../../formats/parse-tmx.js';
import { parseTsv } from '../../formats/tsv.js';
import { choice, parseCommand } from '../args.js';
import { languageFlag } from '../flags.js';
import { checkOneStdin } from '../inputs.js';
import type { CommandIO } from '../io.js';
import { inputLimit } from '../input-limit.js';
import { readTextFile } from '../read-input.js';
import { OUTPUT_FORMATS, writeAlignment } from '../render.js';
import { tmxFlags } from '../tmx-flags.js';
import { CONVERT, INPUT_FORMATS } from '../specs/convert.js';

/** `bitekst convert`: reads an alignment in one exchange format and writes it in another. */
export async function runConvert(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(CONVERT, args);
  if (values.from === undefined || values.to === undefined) throw new BitekstError('E_USAGE', 'convert: expected --from and --to\nrun "bitekst convert --help" for its options');
  const from = choice(values.from, INPUT_FORMATS, 'tmx', 'from');
  const to = choice(values.to, OUTPUT_FORMATS, 'json', 'to');
  const tmx = tmxFlags(values);
  const langs = {
    ...(values['source-lang'] === undefined ? {} : { sourceLang: languageFlag(values['source-lang'], 'source-lang', 'nb') }),
    ...(values['target-lang'] === undefined ? {} : { targetLang: languageFlag(values['target-lang'], 'target-lang', 'en') }),
  };
  if (from === 'moses' && positionals.length !== 2) throw new BitekstError('E_USAGE', 'convert --from moses: expected two files, the source lines and the target lines');
  checkOneStdin(positionals, 'INPUT and TARGET_INPUT');
  const text = await readTextFile(positionals[0]!, inputLimit(values));
  const alignment =
    from === 'tmx'
      ? parseTmx(text, { ...langs, onWarning: (message) => io.warn(`${positionals[0]}: ${message}`) })
      : from === 'tsv'
        ? parseTsv(text, langs)
        : from === 'json'
          ? parseJson(text)
          : parseMoses(text, await readTextFile(positionals[1]!, inputLimit(values)), langs);
  await writeAlignment(alignment, to, values.output as string | undefined, io, {}, tmx, positionals);
  return 0;
}
