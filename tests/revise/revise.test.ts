import { describe, expect, it } from 'vitest';
import { compareRevisions, formatRevisionHtml, formatRevisionText } from '../../src/index.js';
import { corpusDocument } from '../helpers/corpus.js';

const old = corpusDocument('000').text;
const target = corpusDocument('003').text;

describe('compareRevisions on a revised article 000', () => {
  // A number changed, a name edited, a typo fixed, a sentence deleted, a paragraph added.
  const revised =
    old
      .replace('30.000 liv', '36.000 liv')
      .replace('Forsvarsdepartementet i Baku', 'Forsvarsdepartementet i Jerevan')
      .replace('gjenerobrer', 'gjenerobre')
      .replace(' Konflikten er en av de verste i kjølvannet av Sovjetunionens sammenbrudd i 1991.', '') +
    '\nEn ny paragraf om at Tyrkia støtter Aserbajdsjan ble lagt til.\n';
  const report = compareRevisions(old, revised, target);
  const status = (index: number) => report.targets.find((entry) => entry.target === index)!;

  it('gives every English sentence its exact status', () => {
    expect(status(20)).toMatchObject({ status: 'stale', reason: '30.000 → 36.000' });
    expect(status(10)).toMatchObject({ status: 'stale', reason: 'Baku → Jerevan' });
    expect(status(21)).toMatchObject({ status: 'orphaned' });
    expect(status(28)).toMatchObject({ status: 'valid' }); // the typo fix changes nothing
    const others = report.targets.filter((entry) => ![10, 20, 21].includes(entry.target));
    expect(others.every((entry) => entry.status === 'valid' || entry.status === 'unaligned')).toBe(true);
    expect(others.filter((entry) => entry.status === 'unaligned')).toHaveLength(17);
  });

  it('classifies the source changes and lists the new sentence as untranslated', () => {
    expect(report.changes.filter((change) => change.type !== 'unchanged').map((change) => change.type)).toEqual(['edited', 'edited', 'deleted', 'minor', 'inserted']);
    expect(report.untranslated).toEqual([17]);
    expect(report.summary).toMatchObject({ stale: 2, orphaned: 1, untranslated: 1, rewritten: false, mismatch: false });
  });

  it('carries the alignment over to the new source', () => {
    const { alignment } = report;
    expect(alignment.source).toHaveLength(18);
    const bead = alignment.beads.find((each) => each.target.includes(2))!;
    expect(bead.source).toEqual([0]);
    let next = 0;
    for (const each of alignment.beads) for (const index of each.source) expect(index).toBe(next++);
    expect(next).toBe(18);
  });

  it('renders text and HTML', () => {
    expect(formatRevisionText(report)).toMatch(/STALE {2}target 21: Prior to this.*\n {2}because 30\.000 → 36\.000\n {2}source: .*\[-30-\]\{\+36\+\}/);
    expect(formatRevisionHtml(report)).toContain('<del>30</del><ins>36</ins>');
  });
});

describe('compareRevisions on edge cases', () => {
  it('finds nothing stale between identical versions', () => {
    const report = compareRevisions(old, old, target);
    expect(report.summary).toMatchObject({ stale: 0, orphaned: 0, untranslated: 0, message: 'Nothing needs re-translation.' });
  });

  it('treats whitespace and quotation style as unchanged', () => {
    const report = compareRevisions(old, old.replace(/«/g, '"').replace(/»/g, '"').replace(/ som /g, '  som '), target);
    expect(report.summary.stale).toBe(0);
  });

  it('says plainly when the source was rewritten', () => {
    const report = compareRevisions(old, corpusDocument('002').text, target);
    expect(report.summary.rewritten).toBe(true);
    expect(report.summary.message).toMatch(/rewritten/);
  });

  it('says when the target does not translate the old source', () => {
    const report = compareRevisions(old, old, corpusDocument('004').text);
    expect(report.summary.mismatch).toBe(true);
  });

  it('handles an empty side', () => {
    expect(compareRevisions('', 'Ny setning.', '').untranslated).toEqual([0]);
    expect(compareRevisions(old, '', target).summary.orphaned).toBe(17);
  });
});
