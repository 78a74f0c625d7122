import { compareRevisions } from '../../revise/revise.js';
import { formatRevisionText } from '../../formats/revision-text.js';
import { formatRevisionHtml } from '../../formats/revision-html.js';
import { choice, parseCommandArgs } from '../args.js';
import { INPUT_OPTIONS, toLines } from '../inputs.js';
import type { CommandIO } from '../io.js';
import { readTextFile } from '../read-input.js';

export const REVISE_USAGE =
  'bitekst revise OLD_SOURCE NEW_SOURCE TARGET [--presegmented] [--source-lang nb] [--target-lang en] [--format text|json|html] [--fail-on stale]';

/** `bitekst revise`: which sentences of a translation are stale after the source was revised. */
export async function runRevise(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...INPUT_OPTIONS, format: { type: 'string' }, 'fail-on': { type: 'string' } },
    { min: 3, max: 3, usage: REVISE_USAGE },
  );
  const format = choice(values.format, ['text', 'json', 'html'] as const, 'text', 'format');
  const failOn = values['fail-on'] === undefined ? undefined : choice(values['fail-on'], ['stale'] as const, 'stale', 'fail-on');
  const [oldText, newText, targetText] = await Promise.all(positionals.map((path) => readTextFile(path)));
  const split = (text: string) => (values.presegmented === true ? toLines(text) : text);
  const report = compareRevisions(split(oldText!), split(newText!), split(targetText!), {
    sourceLang: typeof values['source-lang'] === 'string' ? values['source-lang'] : 'nb',
    targetLang: typeof values['target-lang'] === 'string' ? values['target-lang'] : 'en',
  });
  if (format === 'json') io.out(JSON.stringify({ summary: report.summary, changes: report.changes, targets: report.targets, untranslated: report.untranslated, beads: report.alignment.beads }, null, 2) + '\n');
  else if (format === 'html') io.out(formatRevisionHtml(report));
  else io.out(formatRevisionText(report));
  if (failOn === 'stale' && (report.summary.stale > 0 || report.summary.orphaned > 0 || report.summary.untranslated > 0)) return 1;
  return 0;
}
