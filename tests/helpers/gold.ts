import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBeads, type Bead } from '../../src/index.js';
import { ROOT } from './corpus.js';

/** Lines of a pre-segmented fixture file (a final line break ends the last line). */
export function fixtureLines(name: string): string[] {
  const lines = readFileSync(join(ROOT, 'tests', 'fixtures', 'align', name), 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The gold beads of a fixture. */
export function fixtureGold(name: string): Bead[] {
  return parseBeads(readFileSync(join(ROOT, 'tests', 'fixtures', 'align', name), 'utf8'));
}

const key = (bead: Pick<Bead, 'source' | 'target'>) => `${bead.source.join(',')}|${bead.target.join(',')}`;

/** Strict precision and recall of predicted beads against gold, as the shared scorer counts them. */
export function strictScores(gold: readonly Bead[], predicted: readonly Bead[]): { precision: number; recall: number } {
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const hits = predicted.filter((bead) => goldKeys.has(key(bead))).length;
  const both = (beads: readonly Bead[]) => beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0);
  const recallHits = both(gold).filter((bead) => predictedKeys.has(key(bead))).length;
  return { precision: hits / predicted.length, recall: recallHits / both(gold).length };
}
