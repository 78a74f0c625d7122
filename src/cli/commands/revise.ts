import { compareRevisions } from '../../revise/revise.js';
import { formatRevisionText } from '../../formats/revision-text.js';
import { formatRevisionHtml } from '../../formats/revision-html.js';
import { choice, parseCommand } from '../args.js';
import { checkOneStdin, languageFlags, toLines } from '../inputs.js';
import type { CommandIO } from '../io.js';
import { writeOutput } from '../output.js';
import { inputLimit } from '../input-limit.js';
import { readTextFile } from '../read-input.js';
import { REVISE } from '../specs/revise.js';

/** `bitekst revise`: which sentences of a translation are stale after the source was revised. */
export async function runRevise(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(REVISE, args);
  const format = choice(values.format, ['text', 'json', 'html'] as const, 'text', 'format');
  const failOn = values['fail-on'] === undefined ? undefined : choice(values['fail-on'], ['stale'] as const, 'stale', 'fail-on');
  const languages = languageFlags(values);
  checkOneStdin(positionals, 'OLD_SOURCE, NEW_SOURCE and TARGET');
  const [oldText, newText, targetText] = await Promise.all(positionals.map((path) => readTextFile(path, inputLimit(values))));
  const split = (text: string) => (values.presegmented === true ? toLines(text) : text);
  const report = compareRevisions(split(oldText!), split(newText!), split(targetText!), languages);
  const content =
    format === 'json'
      ? JSON.stringify({ summary: report.summary, changes: report.changes, targets: report.targets, untranslated: report.untranslated, beads: report.alignment.beads }, null, 2) + '\n'
      : format === 'html'
        ? formatRevisionHtml(report)
        : formatRevisionText(report);
  await writeOutput(typeof values.output === 'string' ? values.output : '-', content, io, positionals);
  if (failOn === 'stale' && (report.summary.stale > 0 || report.summary.orphaned > 0 || report.summary.untranslated > 0)) return 1;
  return 0;
}
