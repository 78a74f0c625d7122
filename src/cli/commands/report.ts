import { checkDivergences } from '../../check/divergences.js';
import { formatHtml } from '../../formats/html.js';
import { parseCommand } from '../args.js';
import { readInputs } from '../inputs.js';
import type { CommandIO } from '../io.js';
import { writeOutput } from '../output.js';
import { plural } from '../../formats/plural.js';
import { REPORT } from '../specs/report.js';

/** `bitekst report`: aligns and checks two texts and writes the HTML report a translator reads. */
export async function runReport(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(REPORT, args);
  const inputs = await readInputs(positionals[0]!, positionals[1]!, values, io);
  const report = checkDivergences({ source: inputs.source, target: inputs.target }, { sourceLang: inputs.sourceLang, targetLang: inputs.targetLang });
  const html = formatHtml(report, {
    sourceName: positionals[0]!,
    targetName: positionals[1]!,
    ...(typeof values.title === 'string' ? { title: values.title } : {}),
  });
  const output = typeof values.output === 'string' ? values.output : '-';
  await writeOutput(output, html, io, positionals);
  if (output !== '-') io.warn(`wrote ${output}: ${plural(report.findings.length, 'finding')}`);
  return 0;
}
