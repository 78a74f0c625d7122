import { describe, expect, it } from 'vitest';
import { alignSentences, checkDivergences, type Finding } from '../../src/index.js';
import { corpusDocument } from '../helpers/corpus.js';

const check = (source: string[], target: string[], options = {}) => checkDivergences({ source, target }, { sourceLang: 'nb', targetLang: 'en', ...options });
const kinds = (findings: Finding[]) => findings.map((finding) => `${finding.kind}/${finding.subkind ?? ''}`);

describe('checkDivergences on the corpus pair 000 ↔ 003', () => {
  const report = checkDivergences({ source: corpusDocument('000').text, target: corpusDocument('003').text });

  it('finds the 17 English-only segments and the Norwegian-only heading, and no number or name finding', () => {
    const additions = report.findings.filter((finding) => finding.kind === 'addition');
    expect(additions.map((finding) => finding.target[0])).toEqual([0, 1, 6, 14, 15, 16, 17, 18, 23, 24, 25, 26, 27, 30, 31, 32, 33]);
    const omissions = report.findings.filter((finding) => finding.kind === 'omission');
    expect(omissions).toHaveLength(1);
    expect(omissions[0]).toMatchObject({ source: [11], subkind: 'heading', severity: 'info' });
    expect(report.findings.filter((finding) => finding.kind === 'number' || finding.kind === 'name')).toEqual([]);
  });

  it('recognises captions, photo credits, boilerplate and headings among the additions', () => {
    const subkind = (target: number) => report.findings.find((finding) => finding.target[0] === target && finding.kind === 'addition')!.subkind;
    expect(subkind(14)).toBe('caption');
    expect(subkind(16)).toBe('photo-credit');
    expect(subkind(17)).toBe('boilerplate');
    expect(subkind(18)).toBe('heading');
    expect(subkind(32)).toBe('boilerplate');
    expect(subkind(30)).toBeUndefined();
  });

  it('summarises counts and coverage', () => {
    expect(report.summary.kinds).toMatchObject({ addition: 17, omission: 1 });
    expect(report.summary.coverage.source).toBeCloseTo(17 / 18, 3);
  });
});

describe('checkDivergences finds what departs', () => {
  it('a changed number, with values and spans as evidence', () => {
    const { findings } = check(['Krigen krevde 30.000 liv.'], ['The war claimed 36,000 lives.']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'number',
      subkind: 'different',
      severity: 'error',
      evidence: { sourceValue: 30000, targetValue: 36000, sourceText: '30.000', targetText: '36,000', sourceSpan: { sentence: 0, start: 14, end: 20 } },
    });
  });

  it('a missing and an added number', () => {
    expect(kinds(check(['Det var 40 000 mennesker der i 2019.'], ['There were many people there in 2019.']).findings)).toEqual(['number/missing']);
    expect(kinds(check(['Det var mange der.'], ['There were 500 people there.']).findings)).toContain('number/added');
  });

  it('nothing for numbers that agree across locales', () => {
    const source = ['Veksten var 2,5 prosent, 65 pst. av alle, 30.000 liv.', 'Han kom kl. 14.30 med to hunder etter en seks år lang krig på 1990-tallet.'];
    const target = ['Growth was 2.5 percent, 65% of all, 30,000 lives.', 'He came at 2:30 p.m. with two dogs after a six-year war in the 1990s.'];
    expect(check(source, target, { kinds: ['number'] }).findings).toEqual([]);
  });

  it('a changed name but not a transliterated one', () => {
    expect(kinds(check(['I går besøkte Putin Minsk.'], ['Yesterday Medvedev visited Minsk.']).findings)).toEqual(['name/different']);
    expect(check(['Pasjinian besøkte Aserbajdsjan og Russland.'], ['Pashinyan visited Azerbaijan and Russia.'], { kinds: ['name'] }).findings).toEqual([]);
  });

  it('nothing for numbers grouped differently, or for names and addresses copied on purpose', () => {
    expect(check(['Ring 031/433611 i dag.'], ['Call 031/43 36 11 today.'], { kinds: ['number'] }).findings).toEqual([]);
    expect(check(['Michel Piola, Vernier', 'Helvetiaplatz 4, 3005 Bern'], ['Michel Piola, Vernier', 'Helvetiaplatz 4, 3005 Bern'], { kinds: ['untranslated'] }).findings).toEqual([]);
  });

  it('a copied, untranslated sentence', () => {
    const source = ['Regjeringen la fram et nytt budsjett i dag.', 'Det møtte mye kritikk fra opposisjonen i Stortinget.'];
    const target = ['The government presented a new budget today.', 'Det møtte mye kritikk fra opposisjonen i Stortinget.'];
    expect(kinds(check(source, target, { kinds: ['untranslated'] }).findings)).toEqual(['untranslated/copy']);
  });

  it('a translation far shorter than the document’s ratio', () => {
    const source = Array.from({ length: 8 }, (_, index) => `Dette er setning nummer ${index + 1}, som forteller litt om hva som skjedde i byen den dagen.`);
    const target = source.map((_, index) => `This is sentence number ${index + 1}, which tells a little about what happened in the city that day.`);
    target[4] = 'This is sentence number 5.';
    const findings = check(source, target, { kinds: ['length'] }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subkind: 'short', source: [4], target: [4] });
  });

  it('unbalanced quotes, a question mark on one side, double spaces, and two translations of one sentence', () => {
    const source = ['Han sa «nei» til forslaget.', 'Hvorfor kom han ikke i går?', 'Vi sees i morgen tidlig.', 'Vi sees i morgen tidlig.'];
    const target = ['He said “no to the proposal.', 'Why did he not come yesterday.', 'See you  tomorrow morning.', 'See you early tomorrow.'];
    const found = kinds(check(source, target, { kinds: ['unbalanced', 'punctuation', 'spacing', 'inconsistent'] }).findings);
    expect(found).toEqual(expect.arrayContaining(['unbalanced/target', 'punctuation/question', 'spacing/double-space', 'inconsistent/']));
  });

  it('a bead the aligner doubts', () => {
    const report = checkDivergences(alignSentences(['Hei.'], ['Completely unrelated and much longer text about something else entirely.']));
    const doubtful = report.findings.filter((finding) => finding.kind === 'low-confidence' || finding.kind === 'omission' || finding.kind === 'addition');
    expect(doubtful.length).toBeGreaterThan(0);
  });
});

describe('checkDivergences options', () => {
  const source = ['Krigen krevde 30.000 liv, sier Putin.', 'Hvorfor?'];
  const target = ['The war claimed 36,000 lives, says Medvedev.', 'Why.'];

  it('selects and silences kinds, and sets a severity floor', () => {
    expect(kinds(check(source, target, { kinds: ['number'] }).findings)).toEqual(['number/different']);
    expect(kinds(check(source, target, { exclude: ['number', 'name'] }).findings)).toEqual(['punctuation/question']);
    expect(check(source, target, { minSeverity: 'error' }).findings.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('gives stable ids that suppress a known false alarm', () => {
    const first = check(source, target).findings;
    const again = check(['Et helt annet avsnitt først.', ...source], ['A completely different paragraph first.', ...target]).findings;
    const id = first.find((finding) => finding.kind === 'name')!.id;
    expect(again.map((finding) => finding.id)).toContain(id);
    expect(check(source, target, { suppress: [id] }).findings.map((finding) => finding.id)).not.toContain(id);
  });

  it('refuses an unknown kind with E_USAGE', () => {
    expect(() => check(source, target, { kinds: ['nonsense'] })).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

describe('checkDivergences on bad input', () => {
  it('reports every sentence of a side whose counterpart is empty', () => {
    const { findings } = check(['Én setning her.', 'Og en til her.'], []);
    expect(kinds(findings)).toEqual(['omission/', 'omission/']);
  });

  it('survives odd number formats and mixed scripts without throwing', () => {
    const source = ['Det koster 1,5 mill. kroner, 3–4 ganger, på 1990-tallet, kl. 14.30, 20.09.2020, 1.2.3.4.', 'Москва og 東京 og Αθήνα ٣٤.'];
    const target = ['It costs 1.5 million kroner, 3-4 times, in the 1990s, at 2:30 p.m., 20.09.2020, 1.2.3.4.', 'Moscow and Tokyo and Athens ٣٤.'];
    expect(() => check(source, target)).not.toThrow();
    expect(check(source, target, { kinds: ['number'] }).findings).toEqual([]);
  });
});

describe('checkDivergences on a given alignment', () => {
  it('finds a sentence absorbed into a merged bead that shares nothing with its translation', () => {
    const source = ['Regjeringen i Oslo la fram budsjettet for 2021.', 'Stortinget behandlet 4500 forslag fra Arbeiderpartiet i desember.', 'Budsjettet gir 300 millioner til Bergen og Trondheim.'];
    const target = ['The government in Oslo presented the budget for 2021.', 'The budget gives 300 million to Bergen and Trondheim.', 'In December, parliament considered 4500 proposals from Labour.'];
    const alignment = alignSentences(source, target);
    // As an aligner might leave it: the second source sentence merged into the first bead.
    const merged = { ...alignment, beads: [{ source: [0, 1], target: [0], score: 0.6 }, { source: [2], target: [1], score: 0.9 }, { source: [], target: [2], score: 0.9 }] };
    const findings = checkDivergences(merged, { kinds: ['omission'] }).findings;
    expect(findings).toEqual([expect.objectContaining({ kind: 'omission', subkind: 'merged', source: [1], severity: 'warning' })]);
  });
});
