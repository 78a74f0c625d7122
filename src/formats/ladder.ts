import { BitekstError } from '../errors.js';
import { arrayArgument } from '../options.js';
import type { Bead } from '../types.js';

/**
 * Writes beads in hunalign's ladder format: one rung per line, `i<TAB>j<TAB>score`, where rung
 * (i, j) marks the start of a bead at source sentence i and target sentence j; a final rung
 * (n, m) closes the last bead.
 */
export function formatLadder(beads: readonly Bead[]): string {
  arrayArgument(beads, 'beads', 'formatLadder');
  const rungs: string[] = [];
  let i = 0;
  let j = 0;
  for (const bead of beads) {
    rungs.push(`${i}\t${j}\t${bead.score}`);
    i += bead.source.length;
    j += bead.target.length;
  }
  rungs.push(`${i}\t${j}\t1`);
  return rungs.join('\n') + '\n';
}

/**
 * Reads hunalign's ladder format back into beads: the sentences between consecutive rungs form a
 * bead with the first rung's score.
 *
 * @throws {BitekstError} `E_INPUT` with the line number for a malformed, negative or decreasing
 * rung, or a score that is not a number.
 */
export function parseLadder(text: string): Bead[] {
  if (typeof text !== 'string') throw new BitekstError('E_INPUT', `parseLadder: expected a string, found ${text === null ? 'null' : typeof text}`);
  const rungs: [number, number, number][] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const fields = line.trim().split(/\s+/);
    const [i, j, score] = fields.map(Number);
    const previous = rungs[rungs.length - 1];
    // Rungs are sentence positions: integers from 0, never going back on either side.
    const position = (value: number | undefined) => Number.isInteger(value) && value! >= 0;
    if (!position(i) || !position(j) || (previous !== undefined && (i! < previous[0] || j! < previous[1])) || (fields.length > 2 && !Number.isFinite(score))) {
      throw new BitekstError('E_INPUT', `ladder at line ${index + 1}: expected increasing "i<TAB>j<TAB>score" with i, j from 0, found "${line.slice(0, 60)}"`, { line: index + 1, column: 1 });
    }
    rungs.push([i!, j!, score ?? 1]);
  });
  const beads: Bead[] = [];
  for (let k = 1; k < rungs.length; k += 1) {
    const [i0, j0, score] = rungs[k - 1]!;
    const [i1, j1] = rungs[k]!;
    if (i1 === i0 && j1 === j0) continue;
    beads.push({ source: range(i0, i1), target: range(j0, j1), score });
  }
  return beads;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
