import { checkDivergences } from '../../check/divergences.js';
import { formatHtml } from '../../formats/html.js';
import { parseCommandArgs } from '../args.js';
import { INPUT_OPTIONS, INPUT_USAGE, readInputs } from '../inputs.js';
import type { CommandIO } from '../io.js';
import { writeOutput } from '../output.js';

export const REPORT_USAGE = `bitekst report SOURCE TARGET ${INPUT_USAGE} [-o report.html] [--title TEXT]`;

/** `bitekst report`: aligns and checks two texts and writes the HTML report a translator reads. */
export async function runReport(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...INPUT_OPTIONS, output: { type: 'string', short: 'o' }, title: { type: 'string' } },
    { min: 2, max: 2, usage: REPORT_USAGE },
  );
  const inputs = await readInputs(positionals[0]!, positionals[1]!, values, io);
  const report = checkDivergences({ source: inputs.source, target: inputs.target }, { sourceLang: inputs.sourceLang, targetLang: inputs.targetLang });
  const html = formatHtml(report, {
    sourceName: positionals[0]!,
    targetName: positionals[1]!,
    ...(typeof values.title === 'string' ? { title: values.title } : {}),
  });
  if (typeof values.output === 'string') {
    await writeOutput(values.output, html);
    io.warn(`wrote ${values.output}: ${report.findings.length} findings`);
  } else io.out(html);
  return 0;
}
