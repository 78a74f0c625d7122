import type { SentenceAnalysis } from '../../analysis/analyse-sentence.js';
import { numbersConverted, numbersEqual, speedWrittenAsLength } from '../../features/number-match.js';
import type { NumberMention, SentenceSpan } from '../../types.js';

/** A number of one side of a bead, with its span. */
export interface Located {
  mention: NumberMention;
  span: SentenceSpan;
}

/** The numbers of a bead's sentences on one side. */
export function numbersOf(analysis: readonly SentenceAnalysis[], indices: readonly number[]): Located[] {
  return indices.flatMap((index) => analysis[index]!.numbers.map((mention) => ({ mention, span: { sentence: index, start: mention.start, end: mention.end } })));
}

/** Removes from `a` and `b` the pairs that `same` accepts (a multiset match, in order). */
function matchAway(a: Located[], b: Located[], same: (x: NumberMention, y: NumberMention) => boolean): [Located[], Located[]] {
  const rest = [...b];
  const left: Located[] = [];
  for (const item of a) {
    const at = rest.findIndex((other) => same(item.mention, other.mention));
    if (at === -1) left.push(item);
    else rest.splice(at, 1);
  }
  return [left, rest];
}

/**
 * The numbers of each side that have no counterpart: equal values first (in any of their
 * readings, with agreeing units), then conversions between units, then digit groups. With
 * `loose`, a number also matches one whose value before a multiplier word is the same (`2.5
 * billion` and Icelandic `2,5 milljarðar`, whose multiplier bitekst cannot read).
 */
export function unmatched(a: Located[], b: Located[], loose: boolean): [Located[], Located[]] {
  let [left, right] = matchAway(a, b, numbersEqual);
  [left, right] = matchAway(left, right, numbersConverted);
  if (loose) [left, right] = matchAway(left, right, (x, y) => (x.unscaled ?? x.value) === (y.unscaled ?? y.value));
  return joinGroups(left, right);
}

const digitsOf = (item: Located) => item.mention.text.replace(/\D/g, '');

/**
 * Numbers grouped differently on the two sides (`031/433611` and `031/43 36 11`, phone numbers
 * and reference numbers): a run of adjacent leftovers on one side whose digits, joined, are the
 * digits of a leftover on the other side, is a match.
 */
function joinGroups(a: Located[], b: Located[]): [Located[], Located[]] {
  const drop = (whole: Located[], parts: Located[]) => {
    for (let w = whole.length - 1; w >= 0; w -= 1) {
      const target = digitsOf(whole[w]!);
      if (target.length < 4) continue;
      for (let start = 0; start < parts.length; start += 1) {
        let joined = '';
        let end = start;
        while (end < parts.length && joined.length < target.length) joined += digitsOf(parts[end++]!);
        if (end - start >= 2 && joined === target) {
          whole.splice(w, 1);
          parts.splice(start, end - start);
          break;
        }
      }
    }
  };
  drop(a, b);
  drop(b, a);
  return [a, b];
}

/**
 * The pairs of leftovers that are one speed converted, one side writing it with its distance
 * unit only (`vindstyrke på 137 km` for `85 miles per hour`): the figure is right, the unit is
 * loose. Removed from both lists and returned, to be noted.
 */
export function looseSpeeds(a: Located[], b: Located[]): [Located, Located][] {
  const pairs: [Located, Located][] = [];
  for (let si = 0; si < a.length; si += 1) {
    const ti = b.findIndex((t) => speedWrittenAsLength(a[si]!.mention, t.mention));
    if (ti === -1) continue;
    pairs.push([a[si]!, b[ti]!]);
    a.splice(si, 1);
    b.splice(ti, 1);
    si -= 1;
  }
  return pairs;
}
