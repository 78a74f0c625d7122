import type { SideEvidence } from '../../src/score/evidence.js';

/** A token written by hand: its class, its key ids and its word id (-1 for none). */
export interface HandToken {
  cls: number;
  keys: number[];
  word?: number;
}

/**
 * A {@link SideEvidence} built by hand from sentences of tokens, for scoring tests that need
 * exact control over keys and classes. Lengths default to 10 characters; paragraphs to one each.
 */
export function handSide(sentences: HandToken[][], lengths: number[] = sentences.map(() => 10)): SideEvidence {
  const sentenceStart = [0];
  const keyStart = [0];
  const keys: number[] = [];
  const classes: number[] = [];
  const words: number[] = [];
  for (const sentence of sentences) {
    for (const token of sentence) {
      keys.push(...token.keys);
      keyStart.push(keys.length);
      classes.push(token.cls);
      words.push(token.word ?? -1);
    }
    sentenceStart.push(classes.length);
  }
  const count = sentences.length;
  return {
    count,
    sentenceStart: Int32Array.from(sentenceStart),
    keyStart: Int32Array.from(keyStart),
    keys: Int32Array.from(keys),
    tokenClass: Uint8Array.from(classes),
    tokenWord: Int32Array.from(words),
    lengths: Float64Array.from(lengths),
    paragraphs: Int32Array.from(sentences, (_, index) => index),
    boilerplate: new Uint8Array(count),
    credit: new Uint8Array(count),
    heading: new Uint8Array(count),
    continuation: new Uint8Array(count),
  };
}

/** A 1-1 bead between source sentence `s` and target sentence `t`. */
export const oneToOne = (s: number, t: number) => ({ sourceStart: s, sourceCount: 1, targetStart: t, targetCount: 1, score: 0 });
