import type { KnownLanguage } from '../text/language.js';

/**
 * A language's own spelling conventions, rewritten first, in this order (as chained global
 * `replace`s). `J` stands for the English j-sound until the end, so that Norwegian `j` (a
 * y-sound) can be rewritten without touching it. Each language's rules only ever touch words
 * holding the letters of `needs`, so most words skip them.
 */
const LANGUAGE_RULES: Readonly<Record<KnownLanguage | 'other', { needs: readonly string[]; rules: readonly (readonly [RegExp, string])[] }>> = {
  nb: { needs: ['j'], rules: [[/tsj/g, 'ch'], [/skj/g, 'sh'], [/dsj/g, 'J'], [/sj/g, 'sh'], [/kj/g, 'ch'], [/zj/g, 'zh'], [/j/g, 'y']] },
  en: { needs: ['j', 'ph', 'ck'], rules: [[/j/g, 'J'], [/ph/g, 'f'], [/ck/g, 'k']] },
  other: { needs: ['sch'], rules: [[/tsch/g, 'ch'], [/sch/g, 'sh']] },
};

function languageRules(word: string, rules: KnownLanguage | undefined): string {
  const { needs, rules: steps } = LANGUAGE_RULES[rules ?? 'other'];
  if (!needs.some((letters) => word.includes(letters))) return word;
  let key = word;
  for (const [pattern, replacement] of steps) key = key.replace(pattern, replacement);
  return key;
}

let buffer = new Uint16Array(64);

/**
 * The rules every language shares, in one pass over the char codes: `ch` stays, `c` before
 * `e`/`i`/`y` is `s` and every other `c` is `k` (a `Č` held for `ch` is `ch`), `q` → `k`,
 * `x` → `ks`, `w` → `v`, `z` → `s`, `y` → `i`, the `h` after `t`/`g` is silent, `J` → `dj`, and a
 * run of one character is written once (line breaks excepted), as the regex chain
 * `ch→Č, c(?=[eiy])→s, c→k, Č→ch, q→k, x→ks, w→v, z→s, y→i, th→t, gh→g, J→dj, (.)\1+→$1` does:
 * no rule's output is another later rule's input, except that a run may form across outputs,
 * which the run check on what was written handles.
 */
function sharedRules(word: string): string {
  if (buffer.length < 2 * word.length + 2) buffer = new Uint16Array(2 * word.length + 64);
  const out = buffer;
  let length = 0;
  let last = -1;
  const emit = (code: number) => {
    // `(.)\1+`: `.` matches no line terminator, so their runs are kept.
    if (code === last && code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) return;
    out[length++] = code;
    last = code;
  };
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    const next = index + 1 < word.length ? word.charCodeAt(index + 1) : -1;
    switch (code) {
      case 0x63: // c
        if (next === 0x68) {
          emit(0x63);
          emit(0x68);
          index += 1;
        } else emit(next === 0x65 || next === 0x69 || next === 0x79 ? 0x73 : 0x6b);
        break;
      case 0x10c: // Č, the placeholder for ch
        emit(0x63);
        emit(0x68);
        break;
      case 0x71: // q
        emit(0x6b);
        break;
      case 0x78: // x
        emit(0x6b);
        emit(0x73);
        break;
      case 0x77: // w
        emit(0x76);
        break;
      case 0x7a: // z
        emit(0x73);
        break;
      case 0x79: // y
        emit(0x69);
        break;
      case 0x74: // t
      case 0x67: // g
        emit(code);
        if (next === 0x68) index += 1;
        break;
      case 0x4a: // J
        emit(0x64);
        emit(0x6a);
        break;
      default:
        emit(code);
    }
  }
  if (length <= 4096) return String.fromCharCode.apply(null, out.subarray(0, length) as unknown as number[]);
  let text = '';
  for (let start = 0; start < length; start += 4096) text += String.fromCharCode.apply(null, out.subarray(start, Math.min(length, start + 4096)) as unknown as number[]);
  return text;
}

/**
 * The transliteration skeleton of a folded word (see `foldLetters`): the language's own rules,
 * then the shared ones. Runs once per distinct word of every document, so the shared rules are
 * one pass over the char codes rather than a dozen regex replacements.
 */
export function transliterate(word: string, rules: KnownLanguage | undefined): string {
  return sharedRules(languageRules(word, rules));
}
