import { BitekstError } from '../errors.js';
import { arrayArgument } from '../options.js';
import type { Bead } from '../types.js';

/**
 * Writes beads one per line in the vecalign format, `[i,j]:[k]:score` (0-based sentence indices,
 * `[]` for an empty side), the format of the gold files of the Text+Berg and ParIce test sets.
 */
export function formatBeads(beads: readonly Bead[]): string {
  arrayArgument(beads, 'beads', 'formatBeads');
  return beads.map((bead) => `[${bead.source.join(',')}]:[${bead.target.join(',')}]:${bead.score.toFixed(3)}\n`).join('');
}

const LINE = /^\[([\d,\s]*)\]:\[([\d,\s]*)\](?::\s*(-?[\d.eE+-]+))?\s*$/;

/**
 * Reads beads in the vecalign format; the score is optional (gold files have none) and
 * defaults to 1. Blank lines are skipped.
 *
 * @throws {BitekstError} `E_INPUT` with the line number for a line that is not a bead.
 */
export function parseBeads(text: string): Bead[] {
  if (typeof text !== 'string') throw new BitekstError('E_INPUT', `parseBeads: expected a string, found ${text === null ? 'null' : typeof text}`);
  const beads: Bead[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = LINE.exec(line.trim());
    if (match === null) {
      throw new BitekstError('E_INPUT', `beads at line ${index + 1}: expected "[i,j]:[k]" or "[i,j]:[k]:score", found "${line.slice(0, 60)}"`, {
        line: index + 1,
        column: 1,
      });
    }
    const indices = (list: string) => list.split(',').map((item) => item.trim()).filter(Boolean).map(Number);
    const score = match[3] === undefined ? 1 : Number(match[3]);
    // The pattern admits runs like `1e` or `--1` that are no number.
    if (!Number.isFinite(score)) {
      throw new BitekstError('E_INPUT', `beads at line ${index + 1}: expected a score that is a number, found "${match[3]}"`, { line: index + 1, column: 1 });
    }
    beads.push({ source: indices(match[1]!), target: indices(match[2]!), score });
  });
  return beads;
}
