/**
 * A colon before what the writer marks as a sentence of its own. Direct speech, opened by a
 * quotation mark or a dialogue dash (`Det ble rene ord: «Han var …»`, `Espen sier: - Forbann
 * spriten!`, `He said: "We are leaving."`), is an utterance of its own in every language. A
 * capital letter after the colon (`Men paradokset er dobbelt: Masseturismen er …`) marks a full
 * sentence only where the language's orthography says so (Norwegian; see `data/conventions.ts`).
 * A lower-case word or a list after the colon continues the sentence.
 *
 * A label before the colon is not a clause: a kicker, caption label, speaker or salutation of one
 * word, a name (every word capitalised) or words written in capitals (`Foto: Reuters`, `KAMPER:
 * Myndighetene …`, `… TRAPPES OPP: Stepanakert …`, `Email: "Ola" <ola@example.no>`, `Røde Signy:`). After a label only a dialogue dash starts
 * a sentence (`Røde Signy: - Fra min radikale ungdom …`). The README (Algorithm, Segmentation)
 * gives the reasons for this choice.
 */
const COLON = /:\s+(?=["'«“„‘(]*\p{Lu}|["«“„]|[–—-]\s)/gu;

/** Whether the text before the colon at `colon` is a clause, not a label. */
function hasClauseBefore(text: string, colon: number): boolean {
  const window = text.slice(Math.max(0, colon - 200), colon);
  // The preamble: from the last sentence end (or the start of the window) to the colon.
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf(': '));
  const preamble = window.slice(cut === -1 ? 0 : cut + 2).trim();
  if (preamble === '' || preamble === preamble.toUpperCase()) return false;
  const words = preamble.split(/\s+/u);
  // A kicker in capitals right before the colon (`… bombing i TRAPPES OPP: Stepanakert …`).
  const capitals = (word: string | undefined) => word !== undefined && /\p{Lu}{2}/u.test(word) && word === word.toUpperCase();
  if (capitals(words[words.length - 1]) && capitals(words[words.length - 2])) return false;
  if (words.length === 1) return false;
  return !words.every((word) => /^["'«“(]*\p{Lu}/u.test(word));
}

/**
 * Positions inside `text` where a sentence starts after a colon, as described above.
 *
 * @param capitalStartsSentence whether a capital after a colon marks a full sentence in the language.
 * @returns offsets relative to `text`, each at the first character after the colon's white space.
 */
export function findColonBreaks(text: string, capitalStartsSentence: boolean): number[] {
  const breaks: number[] = [];
  for (let match = COLON.exec(text); match !== null; match = COLON.exec(text)) {
    const at = match.index + match[0].length;
    if (/^[–—-]\s/u.test(text.slice(at, at + 2))) {
      breaks.push(at);
      continue;
    }
    if (!hasClauseBefore(text, match.index)) continue;
    if (capitalStartsSentence || /["«“„]/u.test(text[at] ?? '')) breaks.push(at);
  }
  return breaks;
}
