/** Length of a sentence in UTF-16 code units with every white-space run counted as one. */
export function countChars(text: string): number {
  let count = 0;
  let inSpace = true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
    if (!space) count += 1;
    else if (!inSpace) count += 1;
    inSpace = space;
  }
  return inSpace && count > 0 ? count - 1 : count;
}

/** Number of word tokens: runs of letters or digits, a numeral with separators (`30.000`, `2,5`) counting once. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[.,:\u00a0][\p{N}]+)*/gu)?.length ?? 0;
}
