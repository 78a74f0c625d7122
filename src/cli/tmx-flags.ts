import { BitekstError } from '../errors.js';
import type { TmxOptions } from '../formats/tmx.js';
import { languageFlag, numberFlag } from './flags.js';
import type { OptionSpec } from './spec.js';

/** The TMX writing options of `align` and `convert`. */
export const TMX_OPTION_SPECS: readonly OptionSpec[] = [
  {
    name: 'min-score',
    type: 'string',
    value: 'S',
    default: '0.5',
    description: 'tmx: leave out pairs whose bead score is below S (0 to 1; 0.5 is where check calls a bead low-confidence)',
  },
  { name: 'include-unaligned', type: 'boolean', description: 'tmx: also write sentences with no counterpart, as one-language units' },
  { name: 'tmx-lang', type: 'string', value: 'SRC,TGT', description: 'tmx: the language codes to write, e.g. nb-NO,en-GB (default: --source-lang, --target-lang)' },
];

/**
 * The TMX options from the command line: what a translation memory wants by default (no
 * one-language units, no pair below a score of 0.5), region codes on request, and today's date
 * as `creationdate` (or SOURCE_DATE_EPOCH's, for reproducible builds).
 *
 * @throws {BitekstError} `E_USAGE` for a bad `--min-score` or `--tmx-lang`.
 */
export function tmxFlags(values: Record<string, unknown>, env: Record<string, string | undefined> = process.env): Omit<TmxOptions, 'findings'> {
  const minScore = numberFlag(values['min-score'], 'min-score', { min: 0, max: 1 }) ?? 0.5;
  let languages: TmxOptions['languages'];
  if (values['tmx-lang'] !== undefined) {
    const parts = String(values['tmx-lang']).split(',');
    if (parts.length !== 2 || parts.some((part) => part.trim() === '')) {
      throw new BitekstError('E_USAGE', `--tmx-lang: expected two BCP 47 tags SOURCE,TARGET such as nb-NO,en-GB, found "${String(values['tmx-lang'])}"`);
    }
    languages = { source: languageFlag(parts[0]!.trim(), 'tmx-lang', ''), target: languageFlag(parts[1]!.trim(), 'tmx-lang', '') };
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  const creationDate = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return { minScore, unaligned: values['include-unaligned'] === true, creationDate, ...(languages === undefined ? {} : { languages }) };
}
