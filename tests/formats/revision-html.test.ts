import { describe, expect, it } from 'vitest';
import { linesToSentences } from '../../src/alignment.js';
import { formatRevisionHtml } from '../../src/formats/revision-html.js';
import type { RevisionReport } from '../../src/types.js';
import { VERSION } from '../../src/version.js';

/** Old source: two sentences; new source: the first edited (30 → 36), the second kept, one added. */
const report: RevisionReport = {
  oldSource: linesToSentences(['Krigen krevde 30 liv.', 'Han sa: <nei> & gikk.']),
  changes: [
    {
      type: 'edited',
      old: 0,
      new: 0,
      words: [
        { type: 'same', text: 'Krigen krevde ' },
        { type: 'removed', text: '30' },
        { type: 'added', text: '36' },
        { type: 'same', text: ' liv.' },
      ],
    },
    { type: 'unchanged', old: 1, new: 1 },
    { type: 'inserted', new: 2 },
  ],
  targets: [
    { target: 0, status: 'stale', oldSource: [0], newSource: [0], reason: '30 → 36' },
    { target: 1, status: 'valid', oldSource: [1], newSource: [1] },
  ],
  untranslated: [2],
  alignment: {
    sourceLang: 'nb',
    targetLang: 'en',
    source: linesToSentences(['Krigen krevde 36 liv.', 'Han sa: <nei> & gikk.', 'En ny <b>setning</b>.']),
    target: linesToSentences(['The war claimed 30 lives.', 'He said "<no>" & left.']),
    beads: [
      { source: [0], target: [0], score: 1 },
      { source: [1], target: [1], score: 1 },
      { source: [2], target: [], score: 1 },
    ],
    model: { lengthRatio: 1, lengthVariance: 0, lexiconSize: 0, passes: 1, cells: 0, evidence: 0 },
  },
  summary: { valid: 1, stale: 1, orphaned: 0, untranslated: 1, rewritten: false, mismatch: false, message: 'One translation is stale & one sentence is new.' },
};

describe('formatRevisionHtml', () => {
  const html = formatRevisionHtml(report);

  it('is one self-contained page with the summary and bitekst as its generator', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">')).toBe(true);
    expect(html).toContain(`<meta name="generator" content="bitekst ${VERSION}">`);
    expect(html).toContain('<title>Revision report</title>');
    expect(html).toContain('<header><h1>Revision report</h1><p>One translation is stale &amp; one sentence is new.</p></header>');
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it('writes a stale translation with its reason and the source change marked inline', () => {
    expect(html).toContain(
      '<tr class="row-stale"><td><span class="status stale">stale</span></td><td lang="en">The war claimed 30 lives.<div class="reason">because 30 → 36</div></td>' +
        '<td lang="nb">Krigen krevde <del>30</del><ins>36</ins> liv.</td></tr>',
    );
  });

  it('escapes the texts of unchanged sentences and of the new ones', () => {
    expect(html).toContain(
      '<tr class="row-valid"><td><span class="status valid">valid</span></td><td lang="en">He said &quot;&lt;no&gt;&quot; &amp; left.</td><td lang="nb">Han sa: &lt;nei&gt; &amp; gikk.</td></tr>',
    );
    expect(html).toContain('<tr class="row-untranslated"><td><span class="status untranslated">untranslated</span></td><td></td><td lang="nb">En ny &lt;b&gt;setning&lt;/b&gt;.</td></tr>');
  });

  it('writes one row per target sentence, then one per untranslated sentence', () => {
    expect(html.match(/<tr class="row-[a-z]+">/g)).toEqual(['<tr class="row-stale">', '<tr class="row-valid">', '<tr class="row-untranslated">']);
  });

  it('escapes a title given as an option', () => {
    const titled = formatRevisionHtml(report, { title: 'Rapport <v2> & «ny»' });
    expect(titled).toContain('<title>Rapport &lt;v2&gt; &amp; «ny»</title>');
    expect(titled).toContain('<h1>Rapport &lt;v2&gt; &amp; «ny»</h1>');
  });
});
