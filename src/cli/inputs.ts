import type { CommandIO } from './io.js';
import { readTextFile } from './read-input.js';

/** Input options shared by the commands that read a source and a target. */
export const INPUT_OPTIONS = {
  presegmented: { type: 'boolean' },
  'source-lang': { type: 'string' },
  'target-lang': { type: 'string' },
} as const;

export const INPUT_USAGE = '[--presegmented] [--source-lang nb] [--target-lang en]';

/** The two sides of a pair as the aligner takes them. */
export interface PairInputs {
  source: string | string[];
  target: string | string[];
  sourceLang: string;
  targetLang: string;
}

/**
 * Reads SOURCE and TARGET. With `--presegmented` each file holds one sentence per line and line i
 * is sentence i (a final line break does not make an extra sentence); otherwise the texts are
 * segmented by the aligner. An empty side is allowed (every sentence of the other side is then
 * unaligned) but reported on standard error.
 */
export async function readInputs(sourcePath: string, targetPath: string, values: Record<string, unknown>, io: CommandIO): Promise<PairInputs> {
  const [sourceText, targetText] = await Promise.all([readTextFile(sourcePath), readTextFile(targetPath)]);
  for (const [path, text] of [[sourcePath, sourceText], [targetPath, targetText]] as const) {
    if (text.trim() === '') io.warn(`${path}: no text found (empty or white space only); every sentence of the other side will be unaligned`);
  }
  const presegmented = values.presegmented === true;
  return {
    source: presegmented ? toLines(sourceText) : sourceText,
    target: presegmented ? toLines(targetText) : targetText,
    sourceLang: typeof values['source-lang'] === 'string' ? values['source-lang'] : 'nb',
    targetLang: typeof values['target-lang'] === 'string' ? values['target-lang'] : 'en',
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

