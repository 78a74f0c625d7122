import type { Alignment, Bead, Finding, Sentence } from './types.js';

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

/**
 * The findings of each bead, indexed once: entry i lists, in their order, the findings that name
 * a sentence of bead i on either side (a finding spanning two beads is in both). Format writers
 * and reports look findings up here instead of scanning every finding for every bead, which was
 * quadratic on long documents; this is linear in sentences, beads and the findings' indices.
 * Indices that are in no bead are ignored.
 */
export function findingsByBead<F extends Pick<Finding, 'source' | 'target'>>(alignment: Pick<Alignment, 'beads'>, findings: readonly F[]): F[][] {
  const beadOf = { source: new Map<number, number>(), target: new Map<number, number>() };
  alignment.beads.forEach((bead, index) => {
    for (const sentence of bead.source) beadOf.source.set(sentence, index);
    for (const sentence of bead.target) beadOf.target.set(sentence, index);
  });
  const byBead: F[][] = alignment.beads.map(() => []);
  for (const finding of findings) {
    for (const side of ['source', 'target'] as const) {
      for (const sentence of finding[side]) {
        const list = byBead[beadOf[side].get(sentence) ?? -1];
        // A finding naming several sentences of one bead is listed there once.
        if (list !== undefined && list[list.length - 1] !== finding) list.push(finding);
      }
    }
  }
  return byBead;
}
