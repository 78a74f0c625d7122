import { describe, expect, it } from 'vitest';
import { checkDivergences, type Finding } from '../../src/index.js';

const check = (source: string[], target: string[]) => checkDivergences({ source, target }, { sourceLang: 'nb', targetLang: 'en' });
const content = (findings: Finding[]) => findings.filter((finding) => finding.kind === 'number' || finding.kind === 'name');
const alarms = (findings: Finding[]) => content(findings).filter((finding) => finding.severity !== 'info');

describe('checkDivergences on sentences that are not prose', () => {
  it('a results table copied unchanged raises nothing, and one changed cell raises one finding', () => {
    const rows = ['1. Norge 14 14 11 39', '2. Tyskland 14 10 7 31', '3. Canada 11 8 10 29'];
    const english = ['1. Norway 14 14 11 39', '2. Germany 14 10 7 31', '3. Canada 11 8 10 29'];
    expect(alarms(check(rows, english).findings)).toEqual([]);
    const changed = [...english];
    changed[1] = '2. Germany 14 10 8 31';
    const findings = alarms(check(rows, changed).findings);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'number', severity: 'error', evidence: { sourceValue: 7, targetValue: 8 } });
  });

  it('a byline of other people, in headline case, gives one note for the bead, not one per name', () => {
    const findings = content(check(['Av Ola Nordmann, Kari Hansen, Per Olsen, Nils Berg, Anne Lie og Tor Dahl'], ['By John Smith, Mary Jones, Bob Brown, Sue White, Tim Green and Ann Black']).findings);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'name', subkind: 'many', severity: 'info' });
  });

  it('a name missing beside words of a script without capitals is a note: it may be written there', () => {
    const findings = content(check(['Delegasjonen reiste fra Tokyo til Beijing i går.'], ['The delegation travelled from Tokyo to 北京 yesterday.']).findings);
    expect(findings.map((finding) => finding.severity)).toEqual(['info']);
  });

  it('a list of times rewritten throughout gives one finding for the bead, not one per number', () => {
    const findings = content(check(['Tider: 10,5 11,2 12,8 13,1 14,6 15,3 16,9'], ['Times: 20.5 21.2 22.8 23.1 24.6 25.3 26.9']).findings);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subkind: 'many', severity: 'warning' });
  });

  it('a byline or a list of people matches across languages, and a list that differs throughout gives one finding', () => {
    expect(alarms(check(['Av Ola Nordmann og Kari Hansen, NTB'], ['By Ola Nordmann and Kari Hansen, NTB']).findings)).toEqual([]);
    const findings = alarms(check(['Med Ola Nordmann, Kari Hansen, Per Olsen, Liv Berg og Jon Dahl'], ['With Anna Smith, Bob Jones, Carl White, Dora Black and Ed Green']).findings);
    expect(findings.length).toBeLessThanOrEqual(1);
  });

  it('numbers and capitals inside URLs, e-mail addresses and handles are not compared', () => {
    const findings = check(
      ['Les mer på https://www.nrk.no/sport/2020/10/Artikkel-123 eller skriv til Redaksjonen@NRK.no og @NRKsport.'],
      ['Read more at https://www.nrk.no/sport/2021/11/Article-456 or write to Desk@BBC.co.uk and @BBCSport.'],
    ).findings;
    expect(content(findings)).toEqual([]);
  });

  it('mixed scripts: a name in another script is no evidence either way, and nothing throws', () => {
    const source = ['Москва og 東京 og Αθήνα har 3 millioner innbyggere.', 'Ordføreren i Киев sa «Привет».'];
    const target = ['Moscow and Tokyo and Athens have 3 million inhabitants.', 'The mayor of Kyiv said "hello".'];
    const findings = check(source, target).findings;
    expect(alarms(findings)).toEqual([]);
  });

  it('empty, whitespace-only and punctuation-only sentences give no number or name finding', () => {
    expect(() => check(['', '   ', '…', '– – –'], ['', '   ', '...', '- - -'])).not.toThrow();
    expect(content(check(['…', '!!!'], ['...', '???']).findings)).toEqual([]);
  });

  it('a very long sentence of numbers and names runs quickly', () => {
    const long = Array.from({ length: 2000 }, (_, index) => `Oslo ${index}`).join(', ');
    const started = Date.now();
    const findings = check([long], [long]).findings;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(content(findings)).toEqual([]);
  });
});
