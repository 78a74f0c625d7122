import { beadTexts } from '../formats/rebuild.js';
import type { Alignment, Bead } from '../types.js';

/** The text of one side of a bead, its sentences joined by a space. */
export function sideText(alignment: Alignment, bead: Bead, side: 'source' | 'target'): string {
  return beadTexts(alignment, bead, side).join(' ');
}

/** Beads with sentences on both sides. */
export function jointBeads(alignment: Alignment): Bead[] {
  return alignment.beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0);
}

/** A short quotation of a sentence for a message: at most 60 characters. */
export function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= 60 ? `“${clean}”` : `“${clean.slice(0, 57)}…”`;
}
