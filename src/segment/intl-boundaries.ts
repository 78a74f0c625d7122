/** Chunk size for Intl.Segmenter, whose sentence iteration is quadratic in the input's length in V8. */
const CHUNK = 2000;
/** Characters after which Intl.Segmenter (Unicode UAX #29) may end a sentence. */
const TERMINAL = /[\p{Sentence_Terminal}.\u2024\ufe52\uff0e\n\v\f\r\u0085\u2028\u2029]/u;

/**
 * Intl.Segmenter's candidate boundaries, computed chunk by chunk so that time stays linear.
 * A chunk ends after sentence punctuation and white space where there is one (itself a
 * candidate), otherwise at white space or, in a text with none, anywhere (not a candidate).
 *
 * @returns offsets into `text`, ascending, each at the start of a segment after the first.
 */
export function findIntlBoundaries(text: string, intl: Intl.Segmenter): number[] {
  const boundaries: number[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    let candidate = false;
    if (to < text.length) {
      const window = text.slice(from + CHUNK / 2, to);
      const punctuation = /[.!?…]["'»”’)]*\s+(?=\S)/gu;
      let cut = -1;
      for (let match = punctuation.exec(window); match !== null; match = punctuation.exec(window)) cut = match.index + match[0].length;
      if (cut !== -1) {
        to = from + CHUNK / 2 + cut;
        candidate = true;
      } else {
        const space = window.lastIndexOf(' ');
        if (space !== -1) to = from + CHUNK / 2 + space + 1;
      }
    }
    const chunk = text.slice(from, to);
    // Intl.Segmenter breaks only after a sentence terminal or a paragraph separator.
    if (TERMINAL.test(chunk)) for (const segment of intl.segment(chunk)) if (segment.index > 0) boundaries.push(from + segment.index);
    if (candidate) boundaries.push(to);
    from = to;
  }
  return boundaries;
}
