import { BitekstError } from '../errors.js';
import type { TmxOptions } from '../formats/tmx.js';
import type { Alignment } from '../types.js';
import type { CommandIO } from './io.js';
import type { OutputFormat } from './output-formats.js';
import { writeOutput } from './output.js';
import { refuseOutputOverInput } from './same-file.js';

export { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';

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
    const { source, target } = (await import('../formats/moses.js')).formatMoses(alignment);
    await refuseOutputOverInput(inputs, [`${output}.${alignment.sourceLang}`, `${output}.${alignment.targetLang}`]);
    await writeOutput(`${output}.${alignment.sourceLang}`, source);
    await writeOutput(`${output}.${alignment.targetLang}`, target);
    return;
  }
  const withFindings = format === 'tmx' || format === 'tsv' || format === 'json' || format === 'html';
  // Each writer's module (and the checks') is loaded only for the format asked for.
  const report = withFindings ? (await import('../check/divergences.js')).checkDivergences(alignment) : undefined;
  const findings = report?.findings ?? [];
  // JSON, TSV and TMX are streamed piece by piece: a large alignment never becomes one string.
  const content: Record<Exclude<OutputFormat, 'moses'>, () => Promise<string | Iterable<string>>> = {
    beads: async () => (await import('../formats/beads.js')).formatBeads(alignment.beads),
    json: async () => (await import('../formats/json.js')).formatJsonChunks(alignment, { findings }),
    tsv: async () => (await import('../formats/tsv.js')).formatTsvChunks(alignment, { findings }),
    text: async () => (await import('../formats/text.js')).formatText(alignment),
    tmx: async () => (await import('../formats/tmx.js')).formatTmxChunks(alignment, { ...tmx, findings }),
    ladder: async () => (await import('../formats/ladder.js')).formatLadder(alignment.beads),
    html: async () =>
      (await import('../formats/html.js')).formatHtml(report!, {
        ...(names.source === undefined ? {} : { sourceName: names.source }),
        ...(names.target === undefined ? {} : { targetName: names.target }),
      }),
  };
  const text = await content[format]();
  await writeOutput(output ?? '-', text, io, inputs);
}
