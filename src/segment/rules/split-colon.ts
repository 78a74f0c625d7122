/**
 * A colon followed by the writer's own sign that an independent sentence comes next: an opening
 * quotation mark, a dialogue dash, or a capital letter (`Det ble rene ord: «Han var …»`,
 * `Espen sier: - Forbann spriten!`, `Men paradokset er dobbelt: Masseturismen er …`). Norwegian
 * orthography writes a capital after a colon only before a full sentence or a quotation, and
 * English style guides do the same, so the capital is the signal, not a guess.
 *
 * A label before the colon is not a sentence: a kicker, caption label or salutation of one or two
 * words, or one written in capitals (`Foto: Reuters`, `KAMPER: Myndighetene …`, `… TRAPPES OPP:
 * Stepanakert …`, `Jill: As discussed`), keeps its text unless a quotation or dialogue follows. A lower-case word or a list
 * after the colon continues the sentence. See the README (Algorithm, Segmentation) for why.
 */
const COLON = /:\s+(?=["'«“„‘(]*[\p{Lu}]|["«“„]|[–—-]\s)/gu;

/** Whether a capital-letter boundary after the colon at `colon` has a clause, not a label, before it. */
function hasClauseBefore(text: string, colon: number): boolean {
  const window = text.slice(Math.max(0, colon - 200), colon);
  // The preamble: from the last sentence end (or the start of the window) to the colon.
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf(': '));
  const preamble = window.slice(cut === -1 ? 0 : cut + 2).trim();
  if (preamble === '' || preamble === preamble.toUpperCase()) return false;
  const words = preamble.split(/\s+/);
  // A kicker in capitals right before the colon (`… bombing i TRAPPES OPP: Stepanakert …`).
  const capitals = (word: string | undefined) => word !== undefined && /\p{Lu}{2}/u.test(word) && word === word.toUpperCase();
  if (capitals(words[words.length - 1]) && capitals(words[words.length - 2])) return false;
  return words.length > 2;
}

/**
 * Positions inside `text` where a sentence starts after a colon, as described above.
 *
 * @returns offsets relative to `text`, each at the first character after the colon's white space.
 */
export function findColonBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let match = COLON.exec(text); match !== null; match = COLON.exec(text)) {
    const at = match.index + match[0].length;
    const next = text[at] ?? '';
    const quotedOrDialogue = /["«“„]/u.test(next) || /^[–—-]\s/u.test(text.slice(at, at + 2));
    if (quotedOrDialogue || hasClauseBefore(text, match.index)) breaks.push(at);
  }
  return breaks;
}
