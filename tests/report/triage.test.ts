import { describe, expect, it } from 'vitest';
import { checkDivergences, formatFindingsText, formatHtml } from '../../src/index.js';
import { corpusDocument } from '../helpers/corpus.js';

// The corpus pair with one number changed: one error, four warnings, many notes.
const report = checkDivergences({ source: corpusDocument('000').text, target: corpusDocument('003').text.replace('30,000 lives', '36,000 lives') });
const html = formatHtml(report);
const severities = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]);

describe('triage in the HTML report', () => {
  it('counts findings per severity in the header', () => {
    const { error, warning, info } = report.summary.severities;
    expect(error).toBe(1);
    expect(html).toContain(`<span class="badge error">error</span><strong>${error}</strong>`);
    expect(html).toContain(`<span class="badge warning">warning</span><strong>${warning}</strong>`);
    expect(html).toContain(`<span class="badge info">info</span><strong>${info}</strong>`);
  });

  it('opens on the errors and warnings, most serious first, each linked to its bead, and no note among them', () => {
    const triage = /<ol class="triage">(.*?)<\/ol>/s.exec(html)![1]!;
    const order = severities(triage, /data-triage-severity="(\w+)"/g);
    expect(order).toEqual(['error', ...Array(report.summary.severities.warning).fill('warning')]);
    expect(triage).toContain('36,000');
    expect(triage).toMatch(/href="#bead-\d+"/);
    // The triage list comes before the beads.
    expect(html.indexOf('<ol class="triage">')).toBeLessThan(html.indexOf('<main id="beads">'));
  });

  it('says so when there is nothing to triage', () => {
    const clean = formatHtml(checkDivergences({ source: ['Hei.'], target: ['Hi.'] }, { sourceLang: 'nb', targetLang: 'en' }));
    expect(clean).toContain('No errors or warnings');
    expect(clean).toMatch(/id="next-error"[^>]* disabled/);
  });

  it('has a severity filter, a next-error button and key, and lists each bead’s errors first', () => {
    for (const severity of ['error', 'warning', 'info']) expect(html).toContain(`<input type="checkbox" data-severity="${severity}" checked>`);
    expect(html).toMatch(/<button type="button" class="next" id="next-error"[^>]*>Next error/);
    expect(html).toContain("event.key === 'n'");
    for (const list of html.match(/<ul class="findings">.*?<\/ul>/gs) ?? []) {
      const order = severities(list, /data-severity="(\w+)"/g).map((severity) => ['error', 'warning', 'info'].indexOf(severity!));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('ships a script that parses', () => {
    const script = /<script>(.*?)<\/script>/s.exec(html)![1]!;
    expect(() => new Function(script)).not.toThrow();
  });
});

describe('triage in the text output', () => {
  it('lists errors first, then warnings, then notes', () => {
    const text = formatFindingsText(report);
    const order = severities(text, /^(ERROR|WARNING|INFO)\s/gm).map((severity) => ['ERROR', 'WARNING', 'INFO'].indexOf(severity!));
    expect(order.length).toBe(report.findings.length);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text.split('\n')[0]).toMatch(/1 error, 4 warnings/);
  });
});
