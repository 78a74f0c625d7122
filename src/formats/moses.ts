import { beadTexts } from '../alignment.js';
import { BitekstError } from '../errors.js';
import type { Alignment } from '../types.js';
import { rebuildAlignment } from './rebuild.js';

/** Options of {@link formatMoses}. */
export interface MosesOptions {
  /**
   * Keep 1-0 and 0-1 beads, as a line with an empty other side; by default they are skipped, as
   * a training corpus wants.
   * @default false
   */
  unaligned?: boolean;
}

function clean(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/**
 * Writes an alignment as Moses-style parallel text: two texts with one bead per line, line i of
 * the source translating line i of the target; merged sentences are joined by a space.
 */
export function formatMoses(alignment: Alignment, options: MosesOptions = {}): { source: string; target: string } {
  const source: string[] = [];
  const target: string[] = [];
  for (const bead of alignment.beads) {
    if (!options.unaligned && (bead.source.length === 0 || bead.target.length === 0)) continue;
    source.push(clean(beadTexts(alignment, bead, 'source').join(' ')));
    target.push(clean(beadTexts(alignment, bead, 'target').join(' ')));
  }
  return { source: source.map((line) => `${line}\n`).join(''), target: target.map((line) => `${line}\n`).join('') };
}

const linesOf = (text: string) => {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

/**
 * Reads Moses-style parallel text: line i of each file is one bead; an empty line on one side
 * makes a 1-0 or 0-1 bead.
 *
 * @throws {BitekstError} `E_INPUT` when the two texts have different numbers of lines.
 */
export function parseMoses(sourceText: string, targetText: string, options: { sourceLang?: string; targetLang?: string } = {}): Alignment {
  const source = linesOf(sourceText);
  const target = linesOf(targetText);
  if (source.length !== target.length) {
    throw new BitekstError('E_INPUT', `Moses files: expected the same number of lines, found ${source.length} and ${target.length}`);
  }
  return rebuildAlignment(
    options.sourceLang ?? 'nb',
    options.targetLang ?? 'en',
    source
      .map((line, index) => ({ source: line === '' ? [] : [line], target: target[index] === '' ? [] : [target[index]!], score: 1 }))
      .filter((bead) => bead.source.length + bead.target.length > 0),
  );
}
