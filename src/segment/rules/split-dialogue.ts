/**
 * Positions inside `text` where a dialogue dash starts a new sentence after a finished one:
 * `– Det er bra, sier hun. – Ja.` becomes two sentences. Intl.Segmenter does not break there.
 *
 * @returns offsets relative to `text`, each at the dash.
 */
export function findDialogueBreaks(text: string): number[] {
  const breaks: number[] = [];
  const pattern = /[.!?…]["»”’]?\s+(?=[–—]\s)/gu;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    breaks.push(match.index + match[0].length);
  }
  return breaks;
}
