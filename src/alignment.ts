import type { Alignment, Bead, Sentence } from './types.js';

// Pure accessors over the data model, shared by the checks, the formats and the CLI. Nothing
// here segments, aligns or checks: it only reads an `Alignment` or builds sentences from lines.

/** The texts of one side of a bead. */
export function beadTexts(alignment: Alignment, bead: Bead, side: 'source' | 'target'): string[] {
  const sentences = side === 'source' ? alignment.source : alignment.target;
  return bead[side].map((index) => sentences[index]!.text);
}

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

/**
 * Sentences from pre-segmented lines, one sentence each, with offsets as if the lines were
 * joined by `\n` (line i is sentence i) and every sentence in paragraph 0.
 */
export function linesToSentences(lines: readonly string[]): Sentence[] {
  let offset = 0;
  return lines.map((text) => {
    const sentence: Sentence = { start: offset, end: offset + text.length, text, paragraph: 0 };
    offset += text.length + 1;
    return sentence;
  });
}
