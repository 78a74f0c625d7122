import { checkDivergences } from '../check/divergences.js';
import { BitekstError } from '../errors.js';
import { formatBeads } from '../formats/beads.js';
import { formatHtml } from '../formats/html.js';
import { formatJsonChunks } from '../formats/json.js';
import { formatLadder } from '../formats/ladder.js';
import { formatMoses } from '../formats/moses.js';
import { formatText } from '../formats/text.js';
import { formatTmxChunks, type TmxOptions } from '../formats/tmx.js';
import { formatTsvChunks } from '../formats/tsv.js';
import type { Alignment } from '../types.js';
import type { CommandIO } from './io.js';
import { writeOutput } from './output.js';
import { refuseOutputOverInput } from './same-file.js';

/** The formats an alignment can be written in. */
export const OUTPUT_FORMATS = ['beads', 'json', 'tsv', 'text', 'tmx', 'moses', 'ladder', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * Writes an alignment in `format` to `output` (a file, written whole or not at all) or standard
 * output (`undefined` or `-`). Moses writes two files, `OUTPUT.<source lang>` and
 * `OUTPUT.<target lang>`, and needs `output`. TMX, TSV, JSON and HTML carry the divergence findings;
 * `tmx` are the TMX writing options (which units, which language codes, the date). An output that
 * is one of `inputs` is refused.
 */
export async function writeAlignment(
  alignment: Alignment,
  format: OutputFormat,
  output: string | undefined,
  io: CommandIO,
  names: { source?: string; target?: string } = {},
  tmx: Omit<TmxOptions, 'findings'> = {},
  inputs: readonly string[] = [],
): Promise<void> {
  if (format === 'moses') {
    if (output === undefined || output === '-') throw new BitekstError('E_USAGE', '--format moses: expected -o PREFIX for the two files PREFIX.<source lang> and PREFIX.<target lang>');
    const { source, target } = formatMoses(alignment);
    await refuseOutputOverInput(inputs, [`${output}.${alignment.sourceLang}`, `${output}.${alignment.targetLang}`]);
    await writeOutput(`${output}.${alignment.sourceLang}`, source);
    await writeOutput(`${output}.${alignment.targetLang}`, target);
    return;
  }
  const withFindings = format === 'tmx' || format === 'tsv' || format === 'json' || format === 'html';
  const report = withFindings ? checkDivergences(alignment) : undefined;
  const findings = report?.findings ?? [];
  // JSON, TSV and TMX are streamed piece by piece: a large alignment never becomes one string.
  const content: Record<Exclude<OutputFormat, 'moses'>, () => string | Iterable<string>> = {
    beads: () => formatBeads(alignment.beads),
    json: () => formatJsonChunks(alignment, { findings }),
    tsv: () => formatTsvChunks(alignment, { findings }),
    text: () => formatText(alignment),
    tmx: () => formatTmxChunks(alignment, { ...tmx, findings }),
    ladder: () => formatLadder(alignment.beads),
    html: () =>
      formatHtml(report!, {
        ...(names.source === undefined ? {} : { sourceName: names.source }),
        ...(names.target === undefined ? {} : { targetName: names.target }),
      }),
  };
  const text = content[format]();
  await writeOutput(output ?? '-', text, io, inputs);
}
