import type { Fingerprint } from '../documents/fingerprint.js';
import type { FingerprintOutcome } from '../documents/pairing-work.js';

/**
 * A fingerprint as a pairing worker sends it: each sentence that is a stretch of the document's
 * text as `[start, end]` in `spans`, the others (unwrapped lines, HTML decoded) whole in `unlike`
 * with `-1` in `spans`. The main thread, which holds the texts, keeps such sentences as slices of
 * them: a message copies every string it carries, and the sentences were a second copy of a
 * whole collection's text.
 */
export interface WireFingerprint extends Omit<Fingerprint, 'sentences'> {
  spans: Int32Array;
  unlike: string[];
}

/** A worker's fingerprint outcome, ready to send. */
export type WireOutcome = WireFingerprint | { unreadable: string };

/** `outcome` (of a document of text `text`) in the form a worker sends. */
export function toWire(outcome: FingerprintOutcome, text: string): WireOutcome {
  if ('unreadable' in outcome) return outcome;
  const { sentences, ...rest } = outcome;
  const spans = new Int32Array(sentences.length * 2);
  const unlike: string[] = [];
  let from = 0;
  sentences.forEach((sentence, index) => {
    const at = text.startsWith(sentence, from) ? from : text.indexOf(sentence, from);
    if (at < 0 || sentence.length === 0) {
      spans[2 * index] = -1;
      spans[2 * index + 1] = unlike.push(sentence) - 1;
      return;
    }
    spans[2 * index] = at;
    spans[2 * index + 1] = at + sentence.length;
    from = at + sentence.length;
  });
  return { ...rest, spans, unlike };
}

/** The outcome a worker sent for a document of text `text`: its sentences as slices of `text` where they are. */
export function fromWire(outcome: WireOutcome, text: string): FingerprintOutcome {
  if ('unreadable' in outcome) return outcome;
  const { spans, unlike, ...rest } = outcome;
  const sentences = new Array<string>(spans.length >> 1);
  for (let index = 0; index < sentences.length; index += 1) {
    const start = spans[2 * index]!;
    sentences[index] = start < 0 ? unlike[spans[2 * index + 1]!]! : text.slice(start, spans[2 * index + 1]);
  }
  return { ...rest, sentences };
}
