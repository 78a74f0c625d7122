import { BitekstError } from '../errors.js';
import { oneOf, optionalArray, optionalLanguage, optionsObject, textArgument, wholeNumber } from '../options.js';
import type { Sentence, Span } from '../types.js';
import { decodeEntities, looksLikeHtml, maskMarkup } from '../text/mask-markup.js';
import { resolveLanguage, type Language } from '../text/language.js';
import { validateText } from '../text/validate-text.js';
import { abbreviationsFor, type AbbreviationKind, type AbbreviationTable } from './data/abbreviations.js';
import { findParagraphs, isSpace } from './rules/find-paragraphs.js';
import { groupLines } from './rules/group-lines.js';
import { conventionsFor, type Conventions } from './data/conventions.js';
import { findSentenceBoundaries } from './split-group.js';

/** Options of {@link segmentSentences} and {@link createSegmenter}. */
export interface SegmentOptions {
  /**
   * BCP 47 language of the text. `nb`/`no`/`nn` and `en` have their own abbreviation lists;
   * other languages use language-neutral rules.
   * A `Language` from `resolveLanguage` is taken as it is (resolved once by the caller).
   * @default 'nb'
   */
  lang?: string | Language;
  /**
   * Extra abbreviations whose point never ends a sentence, with or without the final point
   * (`['avd.', 'jnr']`). They extend the built-in list for `lang`.
   * @default []
   */
  abbreviations?: readonly string[];
  /**
   * Treat the input as HTML: tags are skipped (block tags end paragraphs), `script`/`style`
   * content is dropped and entities are decoded in `Sentence.text`. `'auto'` detects HTML.
   * @default 'auto'
   */
  html?: boolean | 'auto';
  /**
   * Longest input accepted, in UTF-16 code units.
   * @default 50_000_000
   */
  maxLength?: number;
}

const DEFAULTS = Object.freeze({ lang: 'nb', abbreviations: [] as readonly string[], html: 'auto' as const, maxLength: 50_000_000 });

/** A function that segments one text with fixed options. */
export type Segmenter = (text: string) => Sentence[];

/**
 * Prepares a sentence segmenter for one language, so that many texts can be segmented without
 * resolving the options each time.
 *
 * @throws {BitekstError} `E_LANGUAGE` for a malformed language tag.
 */
export function createSegmenter(given: SegmentOptions = {}): Segmenter {
  const where = 'segmentSentences';
  const options = optionsObject(given, where);
  const lang = optionalLanguage(options.lang, 'lang', where) ?? DEFAULTS.lang;
  optionalArray(options.abbreviations, 'abbreviations', where);
  oneOf(options.html, 'html', [true, false, 'auto'], where);
  const { tag, rules } = resolveLanguage(lang);
  const table = extendTable(abbreviationsFor(rules), options.abbreviations ?? DEFAULTS.abbreviations);
  const conventions = conventionsFor(rules);
  const intl = intlSegmenter(tag);
  const html = options.html ?? DEFAULTS.html;
  // A NaN budget compares false with every length, which would switch the budget off.
  const maxLength = wholeNumber(options.maxLength, 'maxLength', { min: 0 }, where, DEFAULTS.maxLength);
  return (text: string): Sentence[] => {
    textArgument(text, 'text', where);
    validateText(text);
    if (text.length > maxLength) {
      throw new BitekstError('E_BUDGET', `text: expected at most ${maxLength} characters, found ${text.length}`);
    }
    const isHtml = html === 'auto' ? looksLikeHtml(text) : html;
    // The working copy has the same length as the input, so every offset into it is an offset into the input.
    const work = (isHtml ? maskMarkup(text) : text).replace(/\ufeff/g, ' ');
    const sentences: Sentence[] = [];
    findParagraphs(work).forEach((paragraph, index) => {
      for (const group of groupLines(work, paragraph.lines, table)) {
        for (const span of splitGroup(work, group, intl, table, conventions)) {
          sentences.push({ ...span, text: readable(work, span, isHtml), paragraph: index });
        }
      }
    });
    return sentences;
  };
}

/**
 * Splits a text into sentences, returned as spans into the original text with their readable text.
 * Paragraph breaks (blank lines) always end a sentence; a single line break inside a paragraph
 * does not unless the line is a heading, caption, byline or boilerplate such as `view more`.
 *
 * Empty or white-space-only text yields `[]`. A byte-order mark and CRLF line ends are white space.
 *
 * @returns the sentences in order; their spans cover every non-space character of `text` once
 * (HTML tags excepted when `html` is on).
 * @throws {BitekstError} `E_INPUT` for binary data, `E_BUDGET` past `maxLength`, `E_LANGUAGE` for a bad tag.
 * @example
 * ```ts
 * segmentSentences('Det var bl.a. NRK. – Ja, sier hun.', { lang: 'nb' }).map((s) => s.text)
 * //=> ['Det var bl.a. NRK.', '– Ja, sier hun.']
 * ```
 */
export function segmentSentences(text: string, options: SegmentOptions = {}): Sentence[] {
  return createSegmenter(options)(text);
}

/**
 * ICU's sentence segmenter for a tag, made once per process: constructing one loads the
 * language's break rules, which costs more than segmenting a short article, and a segmenter
 * keeps no state between calls. Few tags occur in a run; the cache is bounded all the same.
 */
const intlSegmenters = new Map<string, Intl.Segmenter>();
const MAX_CACHED_SEGMENTERS = 64;

function intlSegmenter(tag: string): Intl.Segmenter {
  let intl = intlSegmenters.get(tag);
  if (intl === undefined) {
    if (intlSegmenters.size >= MAX_CACHED_SEGMENTERS) intlSegmenters.clear();
    intl = new Intl.Segmenter(tag, { granularity: 'sentence' });
    intlSegmenters.set(tag, intl);
  }
  return intl;
}

function extendTable(base: AbbreviationTable, extra: readonly string[]): AbbreviationTable {
  if (extra.length === 0) return base;
  const map = new Map<string, AbbreviationKind>(base);
  for (const word of extra) map.set(word.toLowerCase().replace(/\.$/, ''), 'inner');
  return map;
}

function splitGroup(work: string, group: Span, intl: Intl.Segmenter, table: AbbreviationTable, conventions: Conventions): Span[] {
  const text = work.slice(group.start, group.end).replace(/[\r\n]/g, ' ');
  const spans: Span[] = [];
  let from = 0;
  for (const to of [...findSentenceBoundaries(text, intl, table, conventions), text.length]) {
    const span = trimSpan(work, group.start + from, group.start + to);
    if (span !== undefined) spans.push(span);
    from = to;
  }
  return spans;
}

function trimSpan(work: string, start: number, end: number): Span | undefined {
  while (start < end && isSpace(work.charCodeAt(start))) start += 1;
  while (end > start && isSpace(work.charCodeAt(end - 1))) end -= 1;
  return start < end ? { start, end } : undefined;
}

function readable(work: string, span: Span, isHtml: boolean): string {
  const slice = work.slice(span.start, span.end);
  if (!isHtml) return slice.includes('\n') ? slice.replace(/[^\S\n]*\r?\n\s*/g, ' ') : slice;
  return decodeEntities(slice.replace(/\s+/g, ' '));
}
