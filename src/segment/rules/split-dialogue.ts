import type { AbbreviationTable } from '../data/abbreviations.js';
import { endsWithAbbreviation } from './merge-abbreviation.js';

/**
 * A dash that opens an utterance after a finished sentence: the dialogue dash `–`, the em dash,
 * and the hyphen (or `--`) that much Norwegian and e-mail text types in its place
 * (`… onsdag. - Vi er innstilt …`). It stands apart (a space after it) and opens a word, a quote
 * or an ellipsis, not a number (`10. - 12. mai` is a range), or it is a hyphen set close to a
 * capitalised word (`… Eller mamma. -Det gikk, nikker vi.`).
 */
const DIALOGUE = /[.!?…]["'»”’)\]]*\s+(?=(?:[–—]|-{1,4}=*)\s+["'«“(.…]*\p{L}|-\p{Lu}\p{Ll})/gu;

/**
 * Positions inside `text` where a dialogue dash starts a new sentence after a finished one:
 * `– Det er bra, sier hun. – Ja.` and `- Det er bra, sier hun. - Ja.` become two sentences each.
 * Intl.Segmenter does not break there. A point that belongs to an abbreviation or an ordinal
 * (`bl.a. - `, `10. - `) finishes nothing. Hyphen bullets on their own lines are list items,
 * which `groupLines` keeps apart already; this rule only reads running text.
 *
 * @returns offsets relative to `text`, each at the dash.
 */
export function findDialogueBreaks(text: string, abbreviations: AbbreviationTable): number[] {
  const breaks: number[] = [];
  for (let match = DIALOGUE.exec(text); match !== null; match = DIALOGUE.exec(text)) {
    const at = match.index + match[0].length;
    const before = text.slice(Math.max(0, match.index - 60), match.index + 1);
    if (/(?:^|\s)\p{N}+\.$/u.test(before)) continue;
    if (endsWithAbbreviation(before, abbreviations, text.slice(at, at + 60))) continue;
    breaks.push(at);
  }
  return breaks;
}
