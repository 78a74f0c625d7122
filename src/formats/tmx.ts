import { beadTexts, findingsByBead } from '../alignment.js';
import { BitekstError } from '../errors.js';
import { alignmentArgument, optionsObject } from '../options.js';
import type { Alignment, Finding } from '../types.js';
import { VERSION } from '../version.js';

import { escapeXml, escapeXmlText, hasXmlForbidden } from './xml-escape.js';

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
  return [...formatTmxChunks(alignment, options)].join('');
}

/**
 * {@link formatTmx} as a sequence of pieces (the header, then one per unit) whose concatenation
 * is exactly its text, so that a large memory is written out piece by piece rather than held as
 * one string. Options are checked before the first piece.
 */
export function formatTmxChunks(alignment: Alignment, options: TmxOptions = {}): Generator<string> {
  alignmentArgument(alignment, 'alignment', 'formatTmx');
  optionsObject(options, 'formatTmx');
  return tmxPieces(alignment, options);
}

function* tmxPieces(alignment: Alignment, options: TmxOptions): Generator<string> {
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
  yield lines.join('\n') + '\n';
  // Findings indexed by bead once: scanning every finding for every bead was quadratic.
  const findingsOf = findingsByBead(alignment, options.findings ?? []);
  for (const [index, bead] of alignment.beads.entries()) {
    const oneSided = bead.source.length === 0 || bead.target.length === 0;
    if (oneSided ? options.unaligned === false : bead.score < minScore) continue;
    const lines: string[] = [];
    const source = beadTexts(alignment, bead, 'source');
    const target = beadTexts(alignment, bead, 'target');
    lines.push(`    <tu tuid="${index + 1}">`);
    lines.push(`      <prop type="x-bitekst-score">${bead.score}</prop>`);
    lines.push(`      <prop type="x-bitekst-source">${bead.source.join(',')}</prop>`);
    lines.push(`      <prop type="x-bitekst-target">${bead.target.join(',')}</prop>`);
    for (const [side, texts] of [['source', source], ['target', target]] as const) {
      // Lengths split merged sentences again, and tell one empty sentence from none.
      if (texts.length > 1 || texts[0] === '') lines.push(`      <prop type="x-bitekst-${side}-lengths">${texts.map((text) => text.length).join(',')}</prop>`);
      // What XML 1.0 cannot hold (controls, U+FFFE/U+FFFF) travels as JSON, whose escapes are ASCII.
      if (texts.some(hasXmlForbidden)) lines.push(`      <prop type="x-bitekst-${side}-text">${escapeXml(jsonAscii(texts))}</prop>`);
    }
    for (const finding of findingsOf[index]!) {
      lines.push(`      <prop type="x-bitekst-finding">${escapeXml(`${finding.severity} ${finding.kind}: ${finding.message}`)}</prop>`);
    }
    if (source.length > 0) lines.push(`      <tuv xml:lang="${escapeXml(sourceLang)}"><seg>${escapeXmlText(source.join(' '))}</seg></tuv>`);
    if (target.length > 0) lines.push(`      <tuv xml:lang="${escapeXml(targetLang)}"><seg>${escapeXmlText(target.join(' '))}</seg></tuv>`);
    lines.push('    </tu>');
    yield lines.join('\n') + '\n';
  }
  yield '  </body>\n</tmx>\n';
}

/** JSON of the texts with every character XML 1.0 cannot hold escaped (`JSON.stringify` leaves U+FFFE and U+FFFF raw). */
function jsonAscii(texts: readonly string[]): string {
  return JSON.stringify(texts).replace(/[\ufffe\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}
