import type { Fingerprint } from '../documents/fingerprint.js';
import { KeyBag, type KeyTable } from '../documents/key-bag.js';
import type { FingerprintOutcome } from '../documents/pairing-work.js';

/**
 * A fingerprint as a pairing worker sends it. Each sentence that is a stretch of the document's
 * text is `[start, end]` in `spans`, the others (unwrapped lines, HTML decoded) whole in `unlike`
 * with `-1` in `spans`: the main thread, which holds the texts, keeps such sentences as slices of
 * them (a message copies every string it carries, and the sentences were a second copy of a
 * whole collection's text). Its keys are `[key, count, …]`, each key a position in its chunk's
 * list of keys (see {@link WireChunk}).
 */
export interface WireFingerprint extends Omit<Fingerprint, 'sentences' | 'keys'> {
  keys: Int32Array;
  spans: Int32Array;
  unlike: string[];
}

/** A worker's fingerprint outcome, ready to send. */
export type WireOutcome = WireFingerprint | { unreadable: string };

/**
 * The fingerprints of a chunk of documents as a worker sends them: each distinct key string once
 * for the whole chunk, in the order the documents first have it, where a map per document would
 * copy a key once per document that has it and the main thread would look each copy up again.
 */
export interface WireChunk {
  outcomes: WireOutcome[];
  keys: string[];
}

/** `outcomes` (of documents of texts `texts`, in order) in the form a worker sends. */
export function chunkToWire(outcomes: readonly FingerprintOutcome[], texts: readonly string[]): WireChunk {
  const positions = new Map<string, number>();
  const keys: string[] = [];
  const position = (key: string): number => {
    let at = positions.get(key);
    if (at === undefined) positions.set(key, (at = keys.push(key) - 1));
    return at;
  };
  return { outcomes: outcomes.map((outcome, index) => toWire(outcome, texts[index]!, position)), keys };
}

/**
 * The outcomes a worker sent for documents of texts `texts`: sentences as slices of the texts
 * where they are, keys as a {@link KeyBag} of `table` (numbered here, in the chunk's order, so a
 * chunk's keys are numbered as its documents' would be one by one). The chunk is used up: its
 * key arrays become the bags' storage.
 */
export function chunkFromWire(chunk: WireChunk, texts: readonly string[], table: KeyTable): FingerprintOutcome[] {
  const ids = Int32Array.from(chunk.keys, (key) => table.intern(key));
  return chunk.outcomes.map((outcome, index) => fromWire(outcome, texts[index]!, ids, table));
}

/** `outcome` (of a document of text `text`) in the form a worker sends, its keys numbered by `position`. */
function toWire(outcome: FingerprintOutcome, text: string, position: (key: string) => number): WireOutcome {
  if ('unreadable' in outcome) return outcome;
  const { sentences, keys, ...rest } = outcome;
  const numbered = new Int32Array(keys.size * 2);
  let at = 0;
  for (const [key, count] of keys) {
    numbered[at++] = position(key);
    numbered[at++] = count;
  }
  const spans = new Int32Array(sentences.length * 2);
  const unlike: string[] = [];
  let from = 0;
  sentences.forEach((sentence, index) => {
    const found = text.startsWith(sentence, from) ? from : text.indexOf(sentence, from);
    if (found < 0 || sentence.length === 0) {
      spans[2 * index] = -1;
      spans[2 * index + 1] = unlike.push(sentence) - 1;
      return;
    }
    spans[2 * index] = found;
    spans[2 * index + 1] = found + sentence.length;
    from = found + sentence.length;
  });
  return { ...rest, keys: numbered, spans, unlike };
}

/** The outcome a worker sent for a document of text `text`, its keys those of the chunk (`ids` their numbers in `table`). */
function fromWire(outcome: WireOutcome, text: string, ids: Int32Array, table: KeyTable): FingerprintOutcome {
  if ('unreadable' in outcome) return outcome;
  const { spans, unlike, keys: numbered, ...rest } = outcome;
  const sentences = new Array<string>(spans.length >> 1);
  for (let index = 0; index < sentences.length; index += 1) {
    const start = spans[2 * index]!;
    sentences[index] = start < 0 ? unlike[spans[2 * index + 1]!]! : text.slice(start, spans[2 * index + 1]);
  }
  // Renumbered where it arrived (the message's copy is this thread's own): no second array a document.
  for (let at = 0; at < numbered.length; at += 2) numbered[at] = ids[numbered[at]!]!;
  return { ...rest, keys: KeyBag.fromNumbered(numbered, table), sentences };
}
