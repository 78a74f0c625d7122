import { SaxesParser } from 'saxes';
import { BitekstError } from '../errors.js';
import { optionalFunction, optionalString, optionsObject, wholeNumber } from '../options.js';
import type { Alignment } from '../types.js';
import { validateLines } from '../text/validate-text.js';
import { languagesMatch } from '../text/language.js';
import { rebuildAlignment, type ReadBead } from './rebuild.js';
import { replaceXmlForbidden } from './xml-escape.js';

/** Options of {@link parseTmx}. */
export interface ParseTmxOptions {
  /**
   * The source language. Required when the header says `srclang="*all*"` and the file holds
   * more than two languages; otherwise the header's `srclang` (or, for `*all*`, the first
   * language of the first unit). When given, it must match the file's `srclang`.
   */
  sourceLang?: string;
  /** The target language when the file has several; by default the first language that is not the source. */
  targetLang?: string;
  /**
   * Most translation units read (`E_BUDGET` past it).
   * @default 5_000_000
   */
  maxUnits?: number;
  /** Told of what was read as a best effort (a `x-bitekst-*-lengths` prop that does not fit its segment). */
  onWarning?: (message: string) => void;
}

/** Inline elements whose text is kept (`<ph>{1}</ph>` → `{1}`), as CAT tools write them. */
const INLINE = new Set(['ph', 'bpt', 'ept', 'it', 'ut', 'hi', 'sub', 'g', 'x', 'bx', 'ex']);

interface Unit {
  line: number;
  segs: { lang: string; text: string }[];
  props: Map<string, string>;
}

/** A language tag read from the file, refused unless it is well-formed BCP 47 (it may name output files). */
function checkTag(tag: string, where: string, line: number): string {
  try {
    if (Intl.getCanonicalLocales(tag).length === 1) return tag;
  } catch {
    // refused below
  }
  throw new BitekstError('E_LANGUAGE', `TMX at line ${line}: expected a BCP 47 language tag in ${where}, found "${tag}"`, { line });
}

/**
 * Splits a seg by bitekst's own lengths prop. A prop that does not fit its segment (edited in a
 * CAT tool since, or not bitekst's) is ignored: the segment is one sentence, and `warn` says so.
 */
function split(text: string, lengths: string | undefined, warn: (message: string) => void): string[] {
  if (lengths === undefined) return text === '' ? [] : [text];
  const parts = lengths.split(',');
  const values = parts.map((part) => (/^\d{1,9}$/.test(part.trim()) ? Number(part) : Number.NaN));
  const total = values.reduce((sum, value) => sum + value, 0) + values.length - 1;
  if (values.some((value) => Number.isNaN(value)) || total !== text.length) {
    warn(`expected sentence lengths that add up to the segment's ${text.length} characters, found "${lengths.slice(0, 40)}": the segment is read as one sentence`);
    return text === '' ? [] : [text];
  }
  const out: string[] = [];
  let at = 0;
  for (const length of values) {
    out.push(text.slice(at, at + length));
    at += length + 1;
  }
  return out;
}

/**
 * The exact sentences of a side from bitekst's text prop (JSON, written when the segment cannot
 * hold them), used only while the segment is still what the writer made of them; otherwise (the
 * segment edited since) the segment wins and `warn` says so.
 */
function exactTexts(seg: string, sentences: string[], prop: string | undefined, warn: (message: string) => void): string[] {
  if (prop === undefined) return sentences;
  let texts: unknown;
  try {
    texts = JSON.parse(prop);
  } catch {
    texts = undefined;
  }
  if (Array.isArray(texts) && texts.every((text) => typeof text === 'string') && rendered(texts) === seg) return texts as string[];
  warn('expected the exact text of the segment as written, found a prop that no longer fits it: the segment is read as it is');
  return sentences;
}

/** The segment text the writer makes of sentences, as a parser reads it back. */
function rendered(texts: readonly string[]): string {
  return replaceXmlForbidden(texts.join(' '));
}

/**
 * Reads TMX (1.4b, and the `lang` attribute of TMX 1.1) into an alignment: one bead per `tu`
 * with the source language's `seg` and the target language's, inline tags (`<ph>`, `<bpt>` …)
 * kept as text. Languages match as {@link languagesMatch} says, and `srclang="*all*"` is
 * understood. bitekst's own props restore scores and merged sentences. The XML is parsed by
 * saxes with no DTD processing and no entity expansion: a file declaring entities is refused,
 * so entity bombs and external entities cannot run.
 *
 * @throws {BitekstError} `E_TMX` with line and column for malformed XML, a missing `srclang`,
 * an unsupported version, declared entities, a unit whose languages cannot be told apart, or a
 * file without the requested languages; `E_LANGUAGE` for a malformed language tag; `E_BUDGET`
 * past `maxUnits`.
 */
export function parseTmx(text: string, options: ParseTmxOptions = {}): Alignment {
  if (typeof text !== 'string') throw new BitekstError('E_INPUT', `parseTmx: expected a string, found ${text === null ? 'null' : typeof text}`);
  const parser = new SaxesParser({ position: true });
  const fail = (message: string): never => {
    throw new BitekstError('E_TMX', `TMX at line ${parser.line}, column ${parser.column}: ${message}`, { line: parser.line, column: parser.column });
  };
  // A NaN budget compares false with every count, which would switch the budget off.
  const settings = optionsObject(options, 'parseTmx');
  const maxUnits = wholeNumber(settings.maxUnits, 'maxUnits', { min: 0 }, 'parseTmx', 5_000_000);
  optionalString(settings.sourceLang, 'sourceLang', 'parseTmx');
  optionalString(settings.targetLang, 'targetLang', 'parseTmx');
  optionalFunction(settings.onWarning, 'onWarning', 'parseTmx');
  let headerLang: string | undefined;
  let sawTmx = false;
  const units: Unit[] = [];
  let unit: Unit | undefined;
  let tuvLang: string | undefined;
  let inSeg = 0;
  let seg = '';
  let propType: string | undefined;
  let prop = '';
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('expected no entity declarations, found a DTD that declares entities (not processed, for safety)');
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'tmx': {
        sawTmx = true;
        const version = attributes.version ?? '';
        if (!/^1\.[1-4]/.test(version)) fail(`expected version 1.1 to 1.4, found "${version}"`);
        break;
      }
      case 'header':
        headerLang = attributes.srclang;
        if (headerLang === undefined || headerLang === '') fail('expected a srclang attribute on <header>, found none');
        if (headerLang !== '*all*') checkTag(headerLang!, 'the srclang of <header>', parser.line);
        break;
      case 'tu':
        if (units.length >= maxUnits) throw new BitekstError('E_BUDGET', `TMX: expected at most ${maxUnits} translation units (maxUnits)`);
        unit = { line: parser.line, segs: [], props: new Map() };
        break;
      case 'tuv':
        tuvLang = attributes['xml:lang'] ?? attributes.lang;
        if (tuvLang === undefined) fail('expected xml:lang (or lang) on <tuv>, found none');
        checkTag(tuvLang!, 'the xml:lang of <tuv>', parser.line);
        break;
      case 'seg':
        inSeg += 1;
        seg = '';
        break;
      case 'prop':
        propType = attributes.type;
        prop = '';
        break;
      default:
        if (inSeg === 0 || !INLINE.has(tag.name)) break;
    }
  });
  parser.on('text', (chunk) => {
    if (inSeg > 0) seg += chunk;
    else if (propType !== undefined) prop += chunk;
  });
  parser.on('cdata', (chunk) => {
    if (inSeg > 0) seg += chunk;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'seg') {
      inSeg -= 1;
      if (unit !== undefined && tuvLang !== undefined) unit.segs.push({ lang: tuvLang, text: seg });
    } else if (tag.name === 'prop') {
      if (unit !== undefined && propType !== undefined) unit.props.set(propType, prop);
      propType = undefined;
    } else if (tag.name === 'tu' && unit !== undefined) {
      units.push(unit);
      unit = undefined;
    }
  });
  // saxes puts its own "line:column: " before the message; the position is ours to print.
  parser.on('error', (error) => fail(error.message.replace(/^[^:]*:\d+:\d+: /, '').replace(/^\d+:\d+: /, '')));
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof BitekstError) throw error;
    fail((error as Error).message);
  }
  if (!sawTmx) throw new BitekstError('E_TMX', 'TMX at line 1, column 1: expected a <tmx> root element, found none', { line: 1, column: 1 });
  if (headerLang === undefined) throw new BitekstError('E_TMX', 'TMX: expected a <header> with srclang, found none');
  const { sourceLang, targetLang } = chooseLanguages(headerLang, units, options);
  const warn = options.onWarning ?? (() => undefined);
  const read: ReadBead[] = units.map((each) => {
    let source = '';
    let target = '';
    for (const entry of each.segs) {
      const isSource = languagesMatch(entry.lang, sourceLang);
      const isTarget = languagesMatch(entry.lang, targetLang);
      if (isSource === isTarget) {
        const why = isSource ? `matches both ${sourceLang} and ${targetLang}` : `is neither ${sourceLang} nor ${targetLang}`;
        throw new BitekstError('E_TMX', `TMX at line ${each.line}: expected a unit in the source and target languages, found a <tuv> in "${entry.lang}", which ${why}`, { line: each.line });
      }
      if (isSource) source = entry.text;
      else target = entry.text;
    }
    const at = (side: string) => (message: string) => warn(`TMX at line ${each.line}: ${side} ${message}`);
    return {
      source: exactTexts(source, split(source, each.props.get('x-bitekst-source-lengths'), at('source')), each.props.get('x-bitekst-source-text'), at('source')),
      target: exactTexts(target, split(target, each.props.get('x-bitekst-target-lengths'), at('target')), each.props.get('x-bitekst-target-text'), at('target')),
      score: readScore(each.props.get('x-bitekst-score')),
    };
  });
  const alignment = rebuildAlignment(sourceLang, targetLang, read.filter((bead) => bead.source.length + bead.target.length > 0));
  // The input rule applies to the sentences as read (the text prop's JSON can spell a lone surrogate).
  validateLines(alignment.source.map((sentence) => sentence.text), 'TMX source sentence');
  validateLines(alignment.target.map((sentence) => sentence.text), 'TMX target sentence');
  return alignment;
}

/**
 * The source and target languages of a file: the header's (or the caller's) source, and the
 * caller's target or the one other language the units use. A requested language the file does
 * not hold is an error, never a silent empty side.
 */
function chooseLanguages(headerLang: string, units: readonly Unit[], options: ParseTmxOptions): { sourceLang: string; targetLang: string } {
  const seen: string[] = [];
  for (const each of units) for (const { lang } of each.segs) if (!seen.some((known) => languagesMatch(known, lang))) seen.push(lang);
  const holds = (lang: string) => seen.some((known) => languagesMatch(known, lang));
  const found = seen.length === 0 ? 'none' : seen.join(', ');
  let sourceLang = headerLang === '*all*' ? options.sourceLang : headerLang;
  if (options.sourceLang !== undefined && sourceLang !== undefined && !languagesMatch(options.sourceLang, sourceLang)) {
    throw new BitekstError('E_TMX', `TMX: expected source language ${options.sourceLang}, found srclang="${headerLang}"`);
  }
  if (sourceLang === undefined) {
    const others = options.targetLang === undefined ? seen : seen.filter((lang) => !languagesMatch(lang, options.targetLang!));
    if (others.length !== 1 && !(options.targetLang === undefined && seen.length === 2)) {
      throw new BitekstError('E_TMX', `TMX: srclang="*all*": expected the source language as an option, found languages ${found}`);
    }
    sourceLang = others[0]!;
  }
  const targetLang = options.targetLang ?? seen.find((lang) => !languagesMatch(lang, sourceLang!)) ?? 'und';
  // A requested language the file lacks while it holds another one: the file is not what the
  // caller thinks it is (a side may be empty, as when every unit is unaligned).
  const stray = seen.find((lang) => !languagesMatch(lang, sourceLang!) && !languagesMatch(lang, targetLang));
  for (const [side, lang] of [['source', options.sourceLang], ['target', options.targetLang]] as const) {
    if (lang !== undefined && stray !== undefined && !holds(lang)) {
      throw new BitekstError('E_TMX', `TMX: expected units in the ${side} language ${lang}, found languages ${found}`);
    }
  }
  // Prefer the file's own spelling of a language (`nb-NO` where the caller said `nb`).
  const spelled = (lang: string) => seen.find((known) => known.toLowerCase() === lang.toLowerCase()) ?? lang;
  return { sourceLang: spelled(sourceLang), targetLang: spelled(targetLang) };
}

function readScore(value: string | undefined): number {
  const score = Number(value);
  return value !== undefined && Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 1;
}
