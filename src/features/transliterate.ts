import type { KnownLanguage } from '../text/language.js';

/**
 * Spelling rules that map a language's transliteration conventions onto one common skeleton,
 * applied in this order, each to the whole word (as a global `replace` would). `J` stands for
 * the English j-sound until the end, so that Norwegian `j` (a y-sound) can be rewritten without
 * touching it; `Č` holds `ch` while the other `c`s become `s` or `k`.
 */
const LANGUAGE_RULES: Readonly<Record<KnownLanguage | 'other', readonly (readonly [string, string])[]>> = {
  nb: [['tsj', 'ch'], ['skj', 'sh'], ['dsj', 'J'], ['sj', 'sh'], ['kj', 'ch'], ['zj', 'zh'], ['j', 'y']],
  en: [['j', 'J'], ['ph', 'f'], ['ck', 'k']],
  other: [['tsch', 'ch'], ['sch', 'sh']],
};

interface Literal {
  from: Uint16Array;
  to: Uint16Array;
}

const codes = (text: string) => Uint16Array.from(text, (char) => char.charCodeAt(0));
const literal = ([from, to]: readonly [string, string]): Literal => ({ from: codes(from), to: codes(to) });
const COMPILED = {
  nb: LANGUAGE_RULES.nb.map(literal),
  en: LANGUAGE_RULES.en.map(literal),
  other: LANGUAGE_RULES.other.map(literal),
};
const CH_HELD = literal(['ch', 'Č']);
const CH_RESTORED = literal(['Č', 'ch']);
const J_SOUND = literal(['J', 'dj']);

const C = 0x63;
const H = 0x68;

// Two scratch buffers the passes write back and forth: a word is rewritten in place of strings.
let front = new Uint16Array(64);
let back = new Uint16Array(64);

/** Makes room for a pass that at most doubles `length` code units. */
function reserve(length: number): void {
  if (back.length >= 2 * length + 2 && front.length >= 2 * length + 2) return;
  const size = 2 * length + 64;
  const grown = new Uint16Array(size);
  grown.set(front.subarray(0, length));
  front = grown;
  back = new Uint16Array(size);
}

function swap(): void {
  const held = front;
  front = back;
  back = held;
}

/** `front[0 … length − 1]` with every non-overlapping `from`, left to right, replaced by `to`. */
function replaceLiteral(length: number, { from, to }: Literal): number {
  reserve(length);
  const first = from[0]!;
  const size = from.length;
  let out = 0;
  let index = 0;
  while (index < length) {
    const code = front[index]!;
    if (code === first && index + size <= length) {
      let k = 1;
      while (k < size && front[index + k] === from[k]) k += 1;
      if (k === size) {
        for (let r = 0; r < to.length; r += 1) back[out++] = to[r]!;
        index += size;
        continue;
      }
    }
    back[out++] = code;
    index += 1;
  }
  swap();
  return out;
}

/** `c` before `e`, `i`, `y` is an s-sound, every other `c` a k-sound. */
function softAndHardC(length: number): number {
  for (let index = 0; index < length; index += 1) {
    if (front[index] !== C) continue;
    const next = front[index + 1];
    front[index] = index + 1 < length && (next === 0x65 || next === 0x69 || next === 0x79) ? 0x73 : 0x6b;
  }
  return length;
}

/** `q` → `k`, `x` → `ks`, `w` → `v`, `z` → `s`, `y` → `i` (no output letter is an input of another). */
function singleLetters(length: number): number {
  reserve(length);
  let out = 0;
  for (let index = 0; index < length; index += 1) {
    const code = front[index]!;
    if (code === 0x71) back[out++] = 0x6b;
    else if (code === 0x78) {
      back[out++] = 0x6b;
      back[out++] = 0x73;
    } else if (code === 0x77) back[out++] = 0x76;
    else if (code === 0x7a) back[out++] = 0x73;
    else if (code === 0x79) back[out++] = 0x69;
    else back[out++] = code;
  }
  swap();
  return out;
}

/** `th` → `t`, `gh` → `g`: a silent `h`. */
function silentH(length: number): number {
  let out = 0;
  for (let index = 0; index < length; index += 1) {
    const code = front[index]!;
    front[out++] = code;
    if ((code === 0x74 || code === 0x67) && index + 1 < length && front[index + 1] === H) index += 1;
  }
  return out;
}

/** Runs of one character collapse to one (as `/(.)\1+/g` → `$1`: line terminators are not collapsed). */
function collapseRuns(length: number): number {
  let out = 0;
  let index = 0;
  while (index < length) {
    const code = front[index]!;
    front[out++] = code;
    index += 1;
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) continue;
    while (index < length && front[index] === code) index += 1;
  }
  return out;
}

function toText(length: number): string {
  if (length <= 4096) return String.fromCharCode.apply(null, front.subarray(0, length) as unknown as number[]);
  let text = '';
  for (let start = 0; start < length; start += 4096) text += String.fromCharCode.apply(null, front.subarray(start, Math.min(length, start + 4096)) as unknown as number[]);
  return text;
}

/**
 * The transliteration skeleton of a folded word (see `foldLetters`): the language's own rules,
 * then the common ones (`ch` kept, `c` → `s`/`k`, `q` → `k`, `x` → `ks`, `w` → `v`, `z` → `s`,
 * `y` → `i`, silent `h` after `t`/`g`, `J` → `dj`, doubled letters single). Rewritten over char
 * codes in two scratch buffers: it runs on every distinct word of every document.
 */
export function transliterate(word: string, rules: KnownLanguage | undefined): string {
  let length = word.length;
  reserve(length);
  for (let index = 0; index < length; index += 1) front[index] = word.charCodeAt(index);
  for (const rule of COMPILED[rules ?? 'other']) length = replaceLiteral(length, rule);
  length = replaceLiteral(length, CH_HELD);
  length = softAndHardC(length);
  length = replaceLiteral(length, CH_RESTORED);
  length = singleLetters(length);
  length = silentH(length);
  length = replaceLiteral(length, J_SOUND);
  length = collapseRuns(length);
  return toText(length);
}
