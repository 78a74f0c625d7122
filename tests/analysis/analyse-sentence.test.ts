import { describe, expect, it } from 'vitest';
import { analyseSentence, analyseSentences } from '../../src/analysis/analyse-sentence.js';
import { extractNumbers } from '../../src/index.js';

describe('analyseSentence', () => {
  it('reads numbers, names as whole mentions, and word keys once', () => {
    const analysis = analyseSentence('I går lovte Boris Johnson £125m til Det walisiske parlamentet.', { lang: 'nb' });
    expect(analysis.names.map((group) => group.text)).toEqual(['Boris Johnson', 'walisiske']);
    expect(analysis.names[1]!.parts[0]!.demonym).toBe(true);
    expect(analysis.numbers).toEqual(extractNumbers('I går lovte Boris Johnson £125m til Det walisiske parlamentet.', { lang: 'nb' }));
    expect(analysis.words.length).toBeGreaterThan(0);
  });

  it('leaves out the digits and capitals of URLs and e-mail addresses', () => {
    const analysis = analyseSentence('Se https://example.com/Rapport-2020 eller skriv til Ola.Nordmann@example.no.', { lang: 'nb' });
    expect(analysis.numbers).toEqual([]);
    expect(analysis.names).toEqual([]);
  });
});

describe('analyseSentences', () => {
  it('uses the names known in the document in every sentence', () => {
    const [first] = analyseSentences(['Espen kom hjem.', 'Moren til Espen ventet.'], { lang: 'nb' });
    expect(first!.names.map((group) => group.text)).toEqual(['Espen']);
    expect(first!.names[0]!.weak).toBe(true);
  });

  it('accepts sentences as strings or as objects with a text', () => {
    expect(analyseSentences([{ text: 'Oslo er stor.' }, 'I Oslo bor mange.'], { lang: 'nb' }).map((analysis) => analysis.names.length)).toEqual([1, 1]);
  });
});
