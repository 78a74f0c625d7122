// Adversarial long document pairs for the aligner's search, built deterministically (fixed seed)
// from the translation pairs of synthetic.mjs (Text+Berg gold 1-1 beads when ../shared/bench/ is
// present, else the corpus pair) and from synthetic filler. Each case records its gold beads, so
// that it is scored like a gold set. Nothing here is committed text: it is generated on each run.
import { random, translationPairs } from './synthetic.mjs';

/** A filler sentence of `words` three-letter words: no number, name or 4-letter cognate key, so no lexical evidence, and a fixed length. */
function filler(next, words) {
  const letters = 'bcdfghjklmnpqrstvwz';
  const word = () => Array.from({ length: 3 }, () => letters[Math.floor(next() * letters.length)]).join('');
  return `${Array.from({ length: words }, word).join(' ')}.`;
}

/** Builds the sides and gold from a list of beads given as [sourceTexts, targetTexts]. */
function assemble(name, beads, sourceLang, targetLang) {
  const source = [];
  const target = [];
  const gold = [];
  for (const [sourceTexts, targetTexts] of beads) {
    gold.push([sourceTexts.map((_, k) => source.length + k), targetTexts.map((_, k) => target.length + k)]);
    source.push(...sourceTexts);
    target.push(...targetTexts);
  }
  return { name, source, target, gold, sourceLang, targetLang };
}

/**
 * The adversarial cases, each about `size` translation pairs long:
 * - `uninformative`: a stretch of a sixth of the document where every sentence has the same
 *   length and no shared token (length and words are uninformative), then real text again;
 * - `missing-block`: a block of a twelfth of the document missing on the target side;
 * - `repeated`: one paragraph of 25 pairs repeated, each copy differing in one number, with one
 *   copy missing on the target side;
 * - `identical-copies`: the same without the numbers, so that where the missing copy lies cannot
 *   be known: the beads there must come with low confidence;
 * - `long-short`: very long sentences (ten joined) beside one-word ones, alternating;
 * each with 3 % insertions on both sides elsewhere.
 */
export function adversarialPairs(size = 5000, seed = 7) {
  const { pairs, sourceLang, targetLang } = translationPairs();
  const next = random(seed);
  const pick = () => pairs[Math.floor(next() * pairs.length)];
  const normal = (count) => {
    const beads = [];
    for (let k = 0; k < count; k += 1) {
      if (next() < 0.03) beads.push([[pick()[0]], []]);
      if (next() < 0.03) beads.push([[], [pick()[1]]]);
      const [s, t] = pick();
      beads.push([[s], [t]]);
    }
    return beads;
  };
  const stretch = Math.floor(size / 6);
  const uninformative = [...normal(size / 2 - stretch / 2), ...Array.from({ length: stretch }, () => [[filler(next, 12)], [filler(next, 12)]]), ...normal(size / 2 - stretch / 2)];
  const block = Math.floor(size / 12);
  const missing = [...normal(size / 2), ...normal(block).map(([s]) => [s.length > 0 ? s : [pick()[0]], []]), ...normal(size / 2 - block)];
  const paragraph = Array.from({ length: 25 }, () => pick());
  const copies = Math.floor(size / 2 / 25);
  const repeatedCopies = (stamped) => {
    const beads = [...normal(size / 4)];
    for (let copy = 0; copy < copies; copy += 1) {
      for (const [k, [s, t]] of paragraph.entries()) {
        const stamp = stamped && k === 0 ? ` (${1900 + copy})` : '';
        beads.push(copy === Math.floor(copies / 2) ? [[s + stamp], []] : [[s + stamp], [t + stamp]]);
      }
    }
    return [...beads, ...normal(size / 4)];
  };
  const longShort = [];
  for (let k = 0; k < size / 10; k += 1) {
    const joined = Array.from({ length: 10 }, () => pick());
    longShort.push([[joined.map(([s]) => s).join(' ')], [joined.map(([, t]) => t).join(' ')]]);
    const [s, t] = pick();
    longShort.push([[s.split(' ')[0]], [t.split(' ')[0]]]);
    longShort.push(...normal(8));
  }
  return [
    assemble('uninformative', uninformative, sourceLang, targetLang),
    assemble('missing-block', missing, sourceLang, targetLang),
    assemble('repeated', repeatedCopies(true), sourceLang, targetLang),
    assemble('identical-copies', repeatedCopies(false), sourceLang, targetLang),
    assemble('long-short', longShort, sourceLang, targetLang),
  ];
}
