/** Chunk size for Intl.Segmenter, whose sentence iteration is quadratic in the input's length in V8. */
const CHUNK = 2000;
/** Characters after which Intl.Segmenter (Unicode UAX #29) may end a sentence. */
const TERMINAL = /[\p{Sentence_Terminal}.\u2024\ufe52\uff0e\n\v\f\r\u0085\u2028\u2029]/u;

/**
 * Where the closing run of `text` starts (its length when it has none): sentence punctuation at
 * its end, each group of points (`.`, `!`, `?`) followed by closing quotes or brackets, then
 * spaces. Unicode's sentence rules (UAX #29) never break inside one: not between terminals
 * (SB8a), before a closing mark after a terminal (SB9), before a space after them (SB10), nor
 * before a terminal after spaces (SB8a). So a text whose only terminals are in its closing run
 * (most sentences, and every one-sentence paragraph) has no boundary for Intl.Segmenter to find.
 * Read backwards, group by group, so that a long run costs its length once.
 */
function closingRunStart(text: string): number {
  let start = text.length;
  for (let at = text.length; ; ) {
    while (at > 0 && isRunSpace(text.charCodeAt(at - 1))) at -= 1;
    while (at > 0 && isClosing(text.charCodeAt(at - 1))) at -= 1;
    const points = at;
    while (at > 0 && isPoint(text.charCodeAt(at - 1))) at -= 1;
    if (at === points) return start;
    start = at;
  }
}

/** `.`, `!`, `?`. */
const isPoint = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f;
/** `"`, `'`, `»`, `”`, `’`, `)`, `]`. */
const isClosing = (code: number) => code === 0x22 || code === 0x27 || code === 0xbb || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d;
/** Space, tab, no-break space. */
const isRunSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0;

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
    // Intl.Segmenter breaks only after a sentence terminal or a paragraph separator, and never
    // inside a closing run of terminals, closing quotes and spaces (see closingRunStart).
    if (TERMINAL.test(chunk.slice(0, closingRunStart(chunk)))) for (const segment of intl.segment(chunk)) if (segment.index > 0) boundaries.push(from + segment.index);
    if (candidate) boundaries.push(to);
    from = to;
  }
  return boundaries;
}
