import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/detect-language.js';

describe('detectLanguage', () => {
  it('counts function words of each language, words shared by both on both sides', () => {
    // han, er, her are Norwegian; "her" is English too.
    expect(detectLanguage('Han er her.')).toEqual({ lang: 'nb', confidence: 0.75, evidence: 4 });
    // the ×2, is, on.
    expect(detectLanguage('The cat is on the mat.')).toEqual({ lang: 'en', confidence: 1, evidence: 4 });
  });

  it('reads words whatever their case', () => {
    expect(detectLanguage('DET ER IKKE SANT').lang).toBe('nb');
    expect(detectLanguage('WHAT THEY SAID').lang).toBe('en');
  });

  it('counts æ, ø and å as Norwegian evidence, a quarter each and at most five in all', () => {
    // på, and four letters (å, æ, å, ø) worth one word.
    expect(detectLanguage('Blåbær på brødskiva')).toEqual({ lang: 'nb', confidence: 1, evidence: 2 });
    // Three letters alone are not enough.
    expect(detectLanguage('Blåbærsyltetøy')).toEqual({ lang: undefined, confidence: 0.5, evidence: 0.75 });
    expect(detectLanguage('ø'.repeat(100))).toEqual({ lang: 'nb', confidence: 1, evidence: 5 });
    // The letters cannot outweigh plenty of English.
    expect(detectLanguage('Ærø and Åland: the islands of the Baltic that were part of it').lang).toBe('en');
  });

  it('gives no language for other languages, names and ties', () => {
    expect(detectLanguage('Hund und Katze schlafen zusammen.')).toEqual({ lang: undefined, confidence: 0.5, evidence: 0 });
    // Finnish "on" is an English function word, but one word is not evidence.
    expect(detectLanguage('Tämä on suomenkielinen teksti.')).toEqual({ lang: undefined, confidence: 0.5, evidence: 1 });
    expect(detectLanguage('Stepanakert, Jerevan, Baku')).toEqual({ lang: undefined, confidence: 0.5, evidence: 0 });
    expect(detectLanguage('og the')).toEqual({ lang: undefined, confidence: 0.5, evidence: 2 });
    expect(detectLanguage('')).toEqual({ lang: undefined, confidence: 0.5, evidence: 0 });
  });

  it('tells long running texts apart with confidence', () => {
    const norwegian =
      'Regjeringen har lagt fram et nytt forslag om skatt på fisk. Forslaget skal behandles i Stortinget før sommeren, ' +
      'og flere partier har allerede sagt at de vil stemme mot det. Ifølge statsministeren er det ikke snakk om en ' +
      'økning for alle, men bare for de største selskapene. Det er likevel mange som frykter at småbedrifter langs ' +
      'kysten blir rammet hardest, og at arbeidsplasser forsvinner fra distriktene.';
    const english =
      'The government has put forward a new proposal on a tax on fish. The proposal will be debated in parliament before ' +
      'the summer, and several parties have already said that they will vote against it. According to the prime minister, ' +
      'it is not an increase for everyone, but only for the largest companies. Many still fear that small firms along the ' +
      'coast will be hit hardest, and that jobs will disappear from rural areas.';
    const nb = detectLanguage(norwegian);
    const en = detectLanguage(english);
    expect(nb.lang).toBe('nb');
    expect(en.lang).toBe('en');
    expect(nb.confidence).toBeGreaterThan(0.8);
    expect(en.confidence).toBeGreaterThan(0.8);
    expect(nb.evidence).toBeGreaterThan(20);
    expect(en.evidence).toBeGreaterThan(20);
  });

  it('reads only the first 20,000 characters of a long text', () => {
    const english = 'the '.repeat(5000);
    expect(english).toHaveLength(20_000);
    expect(detectLanguage(english + 'og '.repeat(10_000))).toEqual({ lang: 'en', confidence: 1, evidence: 5000 });
  });
});
