import { beadTexts } from '../alignment.js';
import { BitekstError } from '../errors.js';
import type { Alignment, Finding } from '../types.js';
import { VERSION } from '../version.js';

import { escapeXml } from './xml-escape.js';

/** Options of {@link formatTmx}. */
export interface TmxOptions {
  /** Findings to attach to their beads as `x-bitekst-finding` props. */
  findings?: readonly Finding[];
  /**
   * Write 1-0 and 0-1 beads as translation units with one `tuv`.
   * @default true
   */
  unaligned?: boolean;
}

/**
 * Writes an alignment as TMX 1.4b: a header (`creationtool`, `creationtoolversion`,
 * `segtype="sentence"`, `o-tmf`, `adminlang`, `srclang`, `datatype`) and one `tu` per bead, with a
 * `tuv xml:lang` + `seg` per side (merged sentences joined by a space). The bead's score, its
 * sentence indices and lengths (so that merged sentences can be split again) and its findings
 * travel as `prop`s.
 */
export function formatTmx(alignment: Alignment, options: TmxOptions = {}): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="bitekst" creationtoolversion="${escapeXml(VERSION)}" segtype="sentence" o-tmf="bitekst" adminlang="en" srclang="${escapeXml(alignment.sourceLang)}" datatype="plaintext"/>`,
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
    if (options.unaligned === false && (bead.source.length === 0 || bead.target.length === 0)) return;
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
    if (source.length > 0) lines.push(`      <tuv xml:lang="${escapeXml(alignment.sourceLang)}"><seg>${escapeXml(source.join(' '))}</seg></tuv>`);
    if (target.length > 0) lines.push(`      <tuv xml:lang="${escapeXml(alignment.targetLang)}"><seg>${escapeXml(target.join(' '))}</seg></tuv>`);
    lines.push('    </tu>');
  });
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}
