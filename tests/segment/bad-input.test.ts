import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/index.js';
import { expectCoverage } from './coverage.js';

const texts = (text: string, lang = 'nb') => segmentSentences(text, { lang, html: false }).map((sentence) => sentence.text);

describe('segmentSentences on text that is not ordinary prose', () => {
  it('keeps a paragraph with no punctuation at all as one segment', () => {
    const text = 'dette er en tekst uten noe tegnsetting i det hele tatt den bare fortsetter og fortsetter\n\nog et avsnitt til uten stopp';
    expect(texts(text)).toEqual([
      'dette er en tekst uten noe tegnsetting i det hele tatt den bare fortsetter og fortsetter',
      'og et avsnitt til uten stopp',
    ]);
  });

  it('gives each word of a one-word-per-line text a segment of its own, losing none', () => {
    const text = 'Epler\npærer\nplommer\nkirsebær\nbringebær';
    const sentences = segmentSentences(text, { lang: 'nb' });
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Epler', 'pærer', 'plommer', 'kirsebær', 'bringebær']);
    expectCoverage(text, sentences);
  });

  it('segments a poem by its capitalised lines and stanzas', () => {
    const text = 'Jeg ser på havet\nog bølgene går\nDet er kaldt i dag\nmen sola er her\n\nNy strofe her\nmed flere ord';
    expect(texts(text)).toEqual(['Jeg ser på havet og bølgene går', 'Det er kaldt i dag men sola er her', 'Ny strofe her med flere ord']);
  });

  it('keeps hyphen bullets as list items, not dialogue, and numbered items whole', () => {
    const text = 'Pakkeliste:\n- Sovepose\n- Lommelykt\n- mat for to dager\n\n1. Første punkt\n2. Andre punkt';
    expect(texts(text)).toEqual(['Pakkeliste:', '- Sovepose', '- Lommelykt', '- mat for to dager', '1. Første punkt', '2. Andre punkt']);
    expect(texts('Handleliste - melk - brød - egg.')).toEqual(['Handleliste - melk - brød - egg.']);
  });

  it('segments text in capitals like any other', () => {
    expect(texts('DETTE ER EN OVERSKRIFT. HER KOMMER TEKSTEN OM SAKEN. DR. HANSEN SA NEI. SLUTT!')).toEqual([
      'DETTE ER EN OVERSKRIFT.',
      'HER KOMMER TEKSTEN OM SAKEN.',
      'DR. HANSEN SA NEI.',
      'SLUTT!',
    ]);
    expect(texts('THE MEETING IS AT 10. WE LEFT EARLY! WHY?', 'en')).toEqual(['THE MEETING IS AT 10.', 'WE LEFT EARLY!', 'WHY?']);
  });

  it('loses no text and does not hang on long runs of what the rules look for', () => {
    const runs = [
      'a.'.repeat(200_000),
      '«'.repeat(200_000),
      '«a. '.repeat(100_000),
      ':) '.repeat(100_000),
      '- '.repeat(200_000),
      '. - A'.repeat(100_000),
      'http://'.repeat(50_000),
      '@'.repeat(200_000),
      'x'.repeat(400_000) + '@example.no',
      ': «'.repeat(100_000),
      '1. '.repeat(100_000),
      'i. j. '.repeat(50_000),
      'Ord\n'.repeat(100_000),
    ];
    for (const text of runs) {
      const started = performance.now();
      const sentences = segmentSentences(text, { lang: 'nb', html: false });
      expect(performance.now() - started, JSON.stringify(text.slice(0, 12))).toBeLessThan(10_000);
      expectCoverage(text, sentences);
    }
  });

  it('segments a 10 MB single line in linear time', () => {
    const text = 'Han sa: «Kom hit.» - Ja, sier hun. 20 år senere gikk de til www.nrk.no/a?b=1 :) Så kom ordet '.repeat(110_000);
    const started = performance.now();
    const sentences = segmentSentences(text, { lang: 'nb' });
    // A generous bound for a shared machine; it catches quadratic time, not constant factors.
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(sentences.length).toBeGreaterThan(400_000);
    expect(sentences.at(-1)!.end).toBe(text.length - 1);
  });
});
