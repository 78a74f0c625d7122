/**
 * A list item's number or letter (`1. Første punkt`, `2) Second item`, `b. Tredje`, `iv. Fourth`)
 * labels the item and ends nothing: Intl.Segmenter breaks after `1.` before a capital, leaving the
 * number a sentence of its own. Only an enumerator that opens the line group is read this way;
 * inside running text `… i 1990. Neste år …` the point still ends a sentence.
 *
 * @returns the offset just after the enumerator and its white space, or `undefined` when `text`
 * does not open with one.
 */
export function findEnumeratorEnd(text: string): number | undefined {
  const match = /^\s*(?:\p{N}{1,3}(?:\.\p{N}{1,3})*|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]\s+(?=\S)/u.exec(text.slice(0, 40));
  return match === null ? undefined : match[0].length;
}
