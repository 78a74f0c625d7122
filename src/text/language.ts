import { BitekstError } from '../errors.js';
import { textArgument } from '../options.js';

/** The languages bitekst has specific rules and data for; every other language gets the generic rules. */
export type KnownLanguage = 'nb' | 'en';

/**
 * A language as bitekst works with it: resolved once from a BCP 47 tag at an entry point and
 * passed down, never re-parsed along the way.
 */
export interface Language {
  /** The canonical BCP 47 tag (`nb-NO`, `en-GB`). */
  readonly tag: string;
  /** The rule set bitekst has for it (`nb` for nb, no and nn; `en`), or none: language-neutral rules. */
  readonly rules: KnownLanguage | undefined;
}

/**
 * Canonicalises a BCP 47 tag and maps it onto the rule set bitekst has for it:
 * `nb`, `no`, `nn` and their regional variants use the Norwegian rules, `en-*` the English ones,
 * and anything else the language-neutral rules (`undefined`). A `Language` is returned as it is,
 * so a function may take either and pay for resolution only once.
 *
 * @throws {BitekstError} `E_LANGUAGE` when `tag` is not a well-formed BCP 47 tag.
 */
export function resolveLanguage(tag: string | Language): Language {
  if (typeof tag !== 'string') return tag;
  let language = resolved.get(tag);
  if (language === undefined) {
    language = resolveUncached(tag);
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    resolved.set(tag, language);
  }
  return language;
}

/**
 * Tags already resolved, as written: ICU's canonicalisation costs more than the work on a
 * short sentence, and a run meets a handful of tags (a batch record names its own, again and
 * again). Only well-formed tags are kept, and the cache is bounded.
 */
const resolved = new Map<string, Language>();
const MAX_RESOLVED = 256;

function resolveUncached(tag: string): Language {
  let canonical: string;
  try {
    const [first] = Intl.getCanonicalLocales(tag);
    if (first === undefined) throw new RangeError('empty');
    canonical = first;
  } catch (error) {
    throw new BitekstError('E_LANGUAGE', `language tag: expected a BCP 47 tag such as "nb" or "en", found "${tag}"`, {
      cause: error,
    });
  }
  const primary = canonical.split('-')[0]!.toLowerCase();
  if (primary === 'nb' || primary === 'no' || primary === 'nn') return Object.freeze({ tag: canonical, rules: 'nb' });
  if (primary === 'en') return Object.freeze({ tag: canonical, rules: 'en' });
  return Object.freeze({ tag: canonical, rules: undefined });
}

/**
 * Whether the language writes decimals with a comma (`2,5`) and groups thousands with a point
 * or a space (`30.000`, `30 000`). English and a few others use the opposite convention.
 */
export function usesDecimalComma(tag: string): boolean {
  const primary = tag.split('-')[0]!.toLowerCase();
  return !DECIMAL_POINT_LANGUAGES.has(primary);
}

const DECIMAL_POINT_LANGUAGES = new Set(['en', 'zh', 'ja', 'ko', 'he', 'th', 'hi', 'ga', 'mt', 'sw', 'ms', 'tl']);

/**
 * Whether two BCP 47 tags name the same language as a file's labels use them: case-insensitive, and one
 * may be a prefix of the other at a subtag boundary (`nb` = `nb-NO`, `en-GB` = `en`), since CAT
 * tools write the header's `srclang` and the units' `xml:lang` with different precision.
 */
export function languagesMatch(a: string, b: string): boolean {
  textArgument(a, 'a', 'languagesMatch');
  textArgument(b, 'b', 'languagesMatch');
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}
