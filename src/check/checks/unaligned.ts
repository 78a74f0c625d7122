import { quote } from '../../alignment.js';
import { isBoilerplate, isCredit } from '../../text/boilerplate.js';
import type { Alignment, Finding, Sentence } from '../../types.js';
import type { Check } from '../types.js';

/** A caption label: `HARD BATTLES:`, `ØDELEGGELSER:`. */
const CAPTION_LABEL = /^\p{Lu}[\p{Lu}\p{N}'’-]+(?:\s+\p{Lu}[\p{Lu}\p{N}'’-]+)*\s*:/u;

/**
 * What kind of segment an unaligned sentence is, where that is recognisable: page boilerplate
 * (`view more`), a photo credit, a caption (a labelled caption or a sentence in the same paragraph
 * as one, or as a credit), a heading (a short paragraph of its own without final punctuation).
 */
export function classifySegment(sentences: readonly Sentence[], index: number): string | undefined {
  const sentence = sentences[index]!;
  const text = sentence.text.trim();
  if (isBoilerplate(text)) return 'boilerplate';
  if (isCredit(text)) return 'photo-credit';
  const paragraph = sentences.filter((other) => other.paragraph === sentence.paragraph);
  const alone = paragraph.length === 1;
  if (CAPTION_LABEL.test(text)) return 'caption';
  if (!alone && paragraph.some((other) => CAPTION_LABEL.test(other.text) || isCredit(other.text) || isBoilerplate(other.text))) return 'caption';
  const words = text.split(/\s+/).length;
  if (words <= 8 && !/[.!?…;]["'»”’)]*$/u.test(text) && (alone || sentences.every((other) => other.paragraph === 0))) return 'heading';
  return undefined;
}

const LABELS: Record<string, string> = {
  boilerplate: 'page boilerplate',
  'photo-credit': 'a photo credit',
  caption: 'a photo caption',
  heading: 'a heading',
};

function unaligned(alignment: Alignment, side: 'source' | 'target'): Omit<Finding, 'id'>[] {
  const sentences = side === 'source' ? alignment.source : alignment.target;
  const other = side === 'source' ? 'target' : 'source';
  const findings: Omit<Finding, 'id'>[] = [];
  for (const bead of alignment.beads) {
    if (bead[side].length === 0 || bead[other].length > 0) continue;
    for (const index of bead[side]) {
      const subkind = classifySegment(sentences, index);
      const text = sentences[index]!.text;
      const long = text.split(/\s+/).length >= 6;
      const what = subkind === undefined ? '' : ` It is ${LABELS[subkind]}.`;
      const message =
        side === 'source'
          ? `Source sentence ${index + 1} ${quote(text)} has no translation.${what}`
          : `Target sentence ${index + 1} ${quote(text)} has no counterpart in the source.${what}`;
      const severity = subkind !== undefined ? 'info' : side === 'source' && long ? 'error' : 'warning';
      findings.push({
        kind: side === 'source' ? 'omission' : 'addition',
        ...(subkind === undefined ? {} : { subkind }),
        severity,
        source: side === 'source' ? [index] : [],
        target: side === 'target' ? [index] : [],
        message,
        evidence: { [side === 'source' ? 'sourceText' : 'targetText']: text, score: bead.score },
      });
    }
  }
  return findings;
}

/** Source sentences with no counterpart (1-0 beads): omissions. */
export const checkOmissions: Check = ({ alignment }) => unaligned(alignment, 'source');

/** Target sentences with no counterpart (0-1 beads): additions, with captions, credits, boilerplate and headings told apart. */
export const checkAdditions: Check = ({ alignment }) => unaligned(alignment, 'target');
