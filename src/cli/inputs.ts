import { BitekstError } from '../errors.js';
import { languageFlag } from './flags.js';
import type { CommandIO } from './io.js';
import { inputLimit } from './input-limit.js';
import { readTextFile } from './read-input.js';
import { validateText } from '../text/validate-text.js';

/** The two sides of a pair as the aligner takes them. */
export interface PairInputs {
  source: string | string[];
  target: string | string[];
  sourceLang: string;
  targetLang: string;
}

/** `--source-lang` and `--target-lang`, validated (exit 2 for a malformed tag). */
export function languageFlags(values: Record<string, unknown>): { sourceLang: string; targetLang: string } {
  return { sourceLang: languageFlag(values['source-lang'], 'source-lang', 'nb'), targetLang: languageFlag(values['target-lang'], 'target-lang', 'en') };
}

/**
 * Refuses a command line that names standard input (`-`) more than once: it can be read only once.
 *
 * @throws {BitekstError} `E_USAGE`.
 */
export function checkOneStdin(paths: readonly string[], names: string): void {
  if (paths.filter((path) => path === '-').length > 1) throw new BitekstError('E_USAGE', `${names}: - appears more than once, and standard input can be read only once`);
}

/**
 * Reads SOURCE and TARGET. With `--presegmented` each file holds one sentence per line and line i
 * is sentence i (a final line break does not make an extra sentence); otherwise the texts are
 * segmented by the aligner. An empty side is allowed (every sentence of the other side is then
 * unaligned) but reported on standard error.
 */
export async function readInputs(sourcePath: string, targetPath: string, values: Record<string, unknown>, io: CommandIO): Promise<PairInputs> {
  const languages = languageFlags(values);
  checkOneStdin([sourcePath, targetPath], 'SOURCE and TARGET');
  const [sourceText, targetText] = await Promise.all([readTextFile(sourcePath, inputLimit(values)), readTextFile(targetPath, inputLimit(values))]);
  for (const [path, text] of [[sourcePath, sourceText], [targetPath, targetText]] as const) {
    // The one input rule (no NUL, no lone surrogate, not mostly control characters), applied to
    // the file as read, so that --presegmented lines meet it exactly as running text does.
    validateText(text, path === '-' ? 'standard input' : path);
    if (text.trim() === '') io.warn(`${path}: no text found (empty or white space only); every sentence of the other side will be unaligned`);
  }
  const presegmented = values.presegmented === true;
  return {
    source: presegmented ? toLines(sourceText) : sourceText,
    target: presegmented ? toLines(targetText) : targetText,
    ...languages,
  };
}

/** Splits pre-segmented text into lines; a byte-order mark is dropped and a final line break ends the last line. */
export function toLines(text: string): string[] {
  const body = text.replace(/^\ufeff/, '');
  if (body === '') return [];
  const lines = body.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
