import { SaxesParser } from 'saxes';
import type { Finding } from '../check/types.js';
import { BitekstError } from '../errors.js';
import type { Alignment } from '../types.js';
import { VERSION } from '../version.js';
import { beadTexts, rebuildAlignment, type ReadBead } from './rebuild.js';
import { escapeXml } from './xml-escape.js';

/** Options of {@link formatTmx}. */
export interface TmxOptions {
  /** Findings to attach to their beads as `x-bitekst-finding` props. */
  findings?: readonly Finding[];
  /**
   * Write 1-0 and 0-1 beads as translation units with one `tuv`. A translation memory has no use
   * for them (a CAT tool imports each as a unit with one language), so `bitekst` leaves them out
   * unless asked; the library keeps them by default so that `parseTmx` gives the alignment back.
   * @default true
   */
  unaligned?: boolean;
  /**
   * Leave out translation units whose bead score is below this (low-confidence pairs would
   * pollute a translation memory). One-sided beads are governed by `unaligned` alone.
   * @default 0
   */
  minScore?: number;
  /**
   * The language codes written in `srclang` and `xml:lang`, when they should differ from the
   * alignment's: region-qualified (`nb-NO`, `en-GB`) for CAT tools that match on them.
   * @default the alignment's `sourceLang` and `targetLang`
   */
  languages?: { source?: string; target?: string };
  /**
   * The header's `creationdate`, written in the TMX form `YYYYMMDDThhmmssZ` (UTC). Left out by
   * default, since the output is a function of the input alone.
   */
  creationDate?: Date;
}

/** A date in the TMX 1.4b form, `20261201T211727Z` (ISO 8601 basic format, UTC). */
export function formatTmxDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * Writes an alignment as TMX 1.4b: a header (`creationtool`, `creationtoolversion`,
 * `segtype="sentence"`, `o-tmf`, `adminlang`, `srclang`, `datatype`, and `creationdate` on
 * request) and one `tu` per bead, with a `tuv xml:lang` + `seg` per side (merged sentences joined
 * by a space). The bead's score, its sentence indices (0-based) and lengths (so that merged
 * sentences can be split again) and its findings travel as `prop`s. `tuid` is the bead's number
 * from 1, and stays that of the bead when units are left out.
 */
export function formatTmx(alignment: Alignment, options: TmxOptions = {}): string {
  const sourceLang = options.languages?.source ?? alignment.sourceLang;
  const targetLang = options.languages?.target ?? alignment.targetLang;
  const minScore = options.minScore ?? 0;
  const date = options.creationDate === undefined ? '' : ` creationdate="${formatTmxDate(options.creationDate)}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="bitekst" creationtoolversion="${escapeXml(VERSION)}" segtype="sentence" o-tmf="bitekst" adminlang="en" srclang="${escapeXml(sourceLang)}" datatype="plaintext"${date}/>`,
    '  <body>',
  ];
  const findingsOf = new Map<number, Finding[]>();
  alignment.beads.forEach((bead, index) => {
    for (const finding of options.findings ?? []) {
      if (finding.source.some((sentence) => bead.source.includes(sentence)) || finding.target.some((sentence) => bead.target.includes(sentence))) {
        (findingsOf.get(index) ?? findingsOf.set(index, []).get(index)!).push(finding);
      }
    }
  });
  alignment.beads.forEach((bead, index) => {
    const oneSided = bead.source.length === 0 || bead.target.length === 0;
    if (oneSided ? options.unaligned === false : bead.score < minScore) return;
    const source = beadTexts(alignment, bead, 'source');
    const target = beadTexts(alignment, bead, 'target');
    lines.push(`    <tu tuid="${index + 1}">`);
    lines.push(`      <prop type="x-bitekst-score">${bead.score}</prop>`);
    lines.push(`      <prop type="x-bitekst-source">${bead.source.join(',')}</prop>`);
    lines.push(`      <prop type="x-bitekst-target">${bead.target.join(',')}</prop>`);
    if (source.length > 1) lines.push(`      <prop type="x-bitekst-source-lengths">${source.map((text) => text.length).join(',')}</prop>`);
    if (target.length > 1) lines.push(`      <prop type="x-bitekst-target-lengths">${target.map((text) => text.length).join(',')}</prop>`);
    for (const finding of findingsOf.get(index) ?? []) {
      lines.push(`      <prop type="x-bitekst-finding">${escapeXml(`${finding.severity} ${finding.kind}: ${finding.message}`)}</prop>`);
    }
    if (source.length > 0) lines.push(`      <tuv xml:lang="${escapeXml(sourceLang)}"><seg>${escapeXml(source.join(' '))}</seg></tuv>`);
    if (target.length > 0) lines.push(`      <tuv xml:lang="${escapeXml(targetLang)}"><seg>${escapeXml(target.join(' '))}</seg></tuv>`);
    lines.push('    </tu>');
  });
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

/** Options of {@link parseTmx}. */
export interface ParseTmxOptions {
  /** The target language when the file has several; by default the first language that is not `srclang`. */
  targetLang?: string;
  /**
   * Most translation units read (`E_BUDGET` past it).
   * @default 5_000_000
   */
  maxUnits?: number;
}

/** Inline elements whose text is kept (`<ph>{1}</ph>` → `{1}`), as CAT tools write them. */
const INLINE = new Set(['ph', 'bpt', 'ept', 'it', 'ut', 'hi', 'sub', 'g', 'x', 'bx', 'ex']);

function split(text: string, lengths: string | undefined): string[] {
  if (lengths === undefined) return text === '' ? [] : [text];
  const parts: string[] = [];
  let at = 0;
  for (const length of lengths.split(',').map(Number)) {
    parts.push(text.slice(at, at + length));
    at += length + 1;
  }
  return parts;
}

/**
 * Reads TMX (1.4b, and the `lang` attribute of TMX 1.1) into an alignment: one bead per `tu`
 * with the source language's `seg` and the target language's, inline tags (`<ph>`, `<bpt>` …)
 * kept as text. bitekst's own props restore scores and merged sentences. The XML is parsed by
 * saxes with no DTD processing and no entity expansion: a file declaring entities is refused,
 * so entity bombs and external entities cannot run.
 *
 * @throws {BitekstError} `E_TMX` with line and column for malformed XML, a missing `srclang`,
 * an unsupported version or declared entities; `E_BUDGET` past `maxUnits`.
 */
export function parseTmx(text: string, options: ParseTmxOptions = {}): Alignment {
  const parser = new SaxesParser({ position: true });
  const fail = (message: string): never => {
    throw new BitekstError('E_TMX', `TMX at line ${parser.line}, column ${parser.column}: ${message}`, { line: parser.line, column: parser.column });
  };
  const maxUnits = options.maxUnits ?? 5_000_000;
  let sourceLang: string | undefined;
  let targetLang = options.targetLang;
  let sawTmx = false;
  const units: { segs: Map<string, string>; props: Map<string, string> }[] = [];
  let unit: (typeof units)[number] | undefined;
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
        sourceLang = attributes.srclang;
        if (sourceLang === undefined || sourceLang === '') fail('expected a srclang attribute on <header>, found none');
        break;
      case 'tu':
        if (units.length >= maxUnits) throw new BitekstError('E_BUDGET', `TMX: expected at most ${maxUnits} translation units (maxUnits)`);
        unit = { segs: new Map(), props: new Map() };
        break;
      case 'tuv':
        tuvLang = attributes['xml:lang'] ?? attributes.lang;
        if (tuvLang === undefined) fail('expected xml:lang (or lang) on <tuv>, found none');
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
      if (unit !== undefined && tuvLang !== undefined) unit.segs.set(tuvLang, seg);
    } else if (tag.name === 'prop') {
      if (unit !== undefined && propType !== undefined) unit.props.set(propType, prop);
      propType = undefined;
    } else if (tag.name === 'tu' && unit !== undefined) {
      units.push(unit);
      unit = undefined;
    }
  });
  parser.on('error', (error) => fail(error.message.replace(/^[^:]*:\d+:\d+: /, '')));
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof BitekstError) throw error;
    fail((error as Error).message);
  }
  if (!sawTmx) throw new BitekstError('E_TMX', 'TMX at line 1, column 1: expected a <tmx> root element, found none', { line: 1, column: 1 });
  if (sourceLang === undefined) throw new BitekstError('E_TMX', 'TMX: expected a <header> with srclang, found none');
  const sameLanguage = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  if (targetLang === undefined) {
    for (const each of units) for (const lang of each.segs.keys()) if (targetLang === undefined && !sameLanguage(lang, sourceLang)) targetLang = lang;
  }
  const target = targetLang ?? 'und';
  const find = (segs: Map<string, string>, lang: string) => [...segs].find(([key]) => sameLanguage(key, lang))?.[1];
  const read: ReadBead[] = units.map((each) => ({
    source: split(find(each.segs, sourceLang!) ?? '', each.props.get('x-bitekst-source-lengths')),
    target: split(find(each.segs, target) ?? '', each.props.get('x-bitekst-target-lengths')),
    score: readScore(each.props.get('x-bitekst-score')),
  }));
  return rebuildAlignment(sourceLang, target, read.filter((bead) => bead.source.length + bead.target.length > 0));
}

function readScore(value: string | undefined): number {
  const score = Number(value);
  return value !== undefined && Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 1;
}
