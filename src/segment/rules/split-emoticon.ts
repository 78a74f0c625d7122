import { isSpace } from './find-paragraphs.js';

/**
 * Emoticons and emoji close a sentence the way punctuation does in informal writing
 * (`… with the community :-) Posted by darin`, `Det var gøy :) Neste gang …`), and one that follows
 * a sentence's punctuation still belongs to that sentence (`Great! :) See you` is `Great! :)` and
 * `See you`). A side-ways face: eyes `:;=`, an optional nose `-o^'`, a mouth; or `<3`, `^^`, `^_^`,
 * `xD`; or a run of pictographic emoji. It must stand as a token of its own.
 */
const EMOTICON =
  /(?:[:;=][-o^']?[)(\]\[dDpP/\\|*3]+|<3+|\^_?\^|[xX]D+|(?:(?![©®™])\p{Extended_Pictographic}\uFE0F?)+)(?=\s|$)/gu;

/** Where sentences start after emoticons, and where they must not start (before one). */
export interface EmoticonBreaks {
  /** Offsets after an emoticon's white space where the next sentence starts. */
  breaks: number[];
  /** Offsets at an emoticon: a boundary there would strand it at the start of a sentence. */
  vetoes: number[];
}

/**
 * Finds the emoticons of `text`. After one, a sentence starts when the next word is capitalised
 * (any word in text written without capitals, see `findLowercaseStarts`).
 *
 * @returns offsets relative to `text`.
 */
export function findEmoticonBreaks(text: string, withoutCapitals: boolean): EmoticonBreaks {
  const breaks: number[] = [];
  const vetoes: number[] = [];
  for (let match = EMOTICON.exec(text); match !== null; match = EMOTICON.exec(text)) {
    // A token of its own: white space before it (checked here, which is faster than a look-behind).
    if (match.index > 0 && !isSpace(text.charCodeAt(match.index - 1))) continue;
    vetoes.push(match.index);
    const end = match.index + match[0].length;
    const space = /^\s+/u.exec(text.slice(end, end + 20))?.[0].length ?? 0;
    const next = text.slice(end + space, end + space + 20);
    if (space > 0 && (withoutCapitals ? /^["'«“(\[]*[\p{L}\p{N}]/u : /^["'«“(\[]*[\p{Lu}\p{N}]/u).test(next)) breaks.push(end + space);
  }
  return { breaks, vetoes };
}
