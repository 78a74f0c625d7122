import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BitekstError, createSegmenter, segmentSentences, type Sentence } from '../../src/index.js';
import { corpusDocuments, corpusDocument, ROOT } from '../helpers/corpus.js';

interface Fixture {
  phenomenon: string;
  text: string;
  sentences: string[];
}

function fixtures(lang: string): Fixture[] {
  return JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'segment', `${lang}.json`), 'utf8'));
}

/** Every non-space character of `text` lies in exactly one span, and spans are in order. */
function expectCoverage(text: string, sentences: Sentence[]): void {
  const covered = new Uint8Array(text.length);
  let previousEnd = 0;
  for (const sentence of sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    for (let index = sentence.start; index < sentence.end; index += 1) covered[index]! += 1;
    previousEnd = sentence.end;
  }
  for (let index = 0; index < text.length; index += 1) {
    if (!/[\s\ufeff]/u.test(text[index]!)) expect(covered[index], `offset ${index} (${text[index]})`).toBe(1);
  }
}

for (const lang of ['nb', 'en']) {
  describe(`segmentSentences, ${lang}`, () => {
    for (const fixture of fixtures(lang)) {
      it(fixture.phenomenon, () => {
        const sentences = segmentSentences(fixture.text, { lang });
        expect(sentences.map((sentence) => sentence.text)).toEqual(fixture.sentences);
        expectCoverage(fixture.text, sentences);
      });
    }
  });
}

describe('segmentSentences on the corpus', () => {
  for (const document of corpusDocuments()) {
    it(`segments ${document.file} with spans covering the text`, () => {
      const sentences = segmentSentences(document.text, { lang: document.lang });
      expectCoverage(document.text, sentences);
      for (const sentence of sentences) {
        // No wrong split a reader would see: nothing starts in lower case except boilerplate,
        // and nothing ends on an abbreviation or an initial.
        if (!/^(view more|date \d{4}-\d{2})$/.test(sentence.text)) expect(sentence.text, sentence.text).toMatch(/^[–«“"(\p{Lu}\p{N}]/u);
        expect(sentence.text).not.toMatch(/\b(bl\.a|f\.eks|ca|kl|nr|Mr|Dr|St|\p{Lu})\.$/u);
        expect(sentence.text).toBe(document.text.slice(sentence.start, sentence.end).replace(/\s*\n\s*/g, ' '));
      }
    });
  }

  it('finds the headings, quotes and dialogue of article 000', () => {
    const texts = segmentSentences(corpusDocument('000').text, { lang: 'nb' }).map((sentence) => sentence.text);
    expect(texts).toHaveLength(18);
    expect(texts).toContain('Opprustning');
    expect(texts).toContain('– Sivile tap');
    expect(texts).toContain('– La oss stå fast bak vår stat, vår hær, og vi vil vinne.');
  });

  it('keeps captions, credits, view more and the comment form apart in article 003', () => {
    const texts = segmentSentences(corpusDocument('003').text, { lang: 'en' }).map((sentence) => sentence.text);
    expect(texts.filter((text) => text === 'view more')).toHaveLength(2);
    expect(texts.filter((text) => text === 'Photo: Armenian Defense Ministry / AP / NTB')).toHaveLength(2);
    expect(texts.slice(-2)).toEqual(['Please enter your comment!', 'Please enter your name here']);
    expect(texts[0]).toBe('Nagorno-Karabakh enclave – Hard fighting');
  });

  it('numbers paragraphs', () => {
    const sentences = segmentSentences('Én.\n\nTo. Tre.\n\n\n\nFire.', { lang: 'nb' });
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 1, 1, 2]);
  });
});

describe('segmentSentences on bad input', () => {
  it('returns no sentences for empty and white-space-only text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences(' \n\t\r\n \u00a0')).toEqual([]);
  });

  it('treats a byte-order mark and CRLF line ends as white space', () => {
    const text = '\ufeffFørste avsnitt.\r\n\r\nAndre avsnitt er her.\r\n';
    const sentences = segmentSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Første avsnitt.', 'Andre avsnitt er her.']);
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 1]);
    expectCoverage(text, sentences);
  });

  it('refuses NUL bytes and binary data with E_INPUT and a location', () => {
    const nul = () => segmentSentences('Hei\nder\u0000');
    expect(nul).toThrow(BitekstError);
    try {
      nul();
    } catch (error) {
      expect((error as BitekstError).code).toBe('E_INPUT');
      expect((error as BitekstError).line).toBe(2);
      expect((error as BitekstError).column).toBe(4);
    }
    const binary = String.fromCharCode(...Array.from({ length: 400 }, (_, index) => (index * 37) % 256));
    expect(() => segmentSentences(binary)).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
  });

  it('refuses a value that is not a string', () => {
    expect(() => segmentSentences(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
  });

  it('segments HTML as text: tags skipped, blocks as paragraphs, entities decoded', () => {
    const html = '<html><body><h1>Overskrift</h1><p>Det var bl.a. <b>NRK</b> &amp; TV 2. Så kom mer.</p><script>var x = "Nei. Ja.";</script><p>Slutt</p></body></html>';
    const sentences = segmentSentences(html, { lang: 'nb' });
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Overskrift', 'Det var bl.a. NRK & TV 2.', 'Så kom mer.', 'Slutt']);
    expect(html.slice(sentences[1]!.start, sentences[1]!.end)).toBe('Det var bl.a. <b>NRK</b> &amp; TV 2.');
  });

  it('segments a 10 MB line without punctuation into one sentence', () => {
    const text = 'ord '.repeat(2_500_000);
    const sentences = segmentSentences(text);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.end).toBe(text.length - 1);
  });

  it('refuses text over maxLength with E_BUDGET', () => {
    expect(() => segmentSentences('abc def', { maxLength: 3 })).toThrow(expect.objectContaining({ code: 'E_BUDGET' }));
  });

  it('refuses a malformed language tag with E_LANGUAGE', () => {
    expect(() => segmentSentences('Hei.', { lang: 'not a tag!' })).toThrow(expect.objectContaining({ code: 'E_LANGUAGE' }));
  });
});

describe('createSegmenter', () => {
  it('accepts user abbreviations', () => {
    const plain = createSegmenter({ lang: 'nb' });
    const extended = createSegmenter({ lang: 'nb', abbreviations: ["distr."] });
    const text = 'Han jobber i distr. Nord. Det er fint.';
    expect(plain(text)).toHaveLength(3);
    expect(extended(text).map((sentence) => sentence.text)).toEqual(['Han jobber i distr. Nord.', 'Det er fint.']);
  });

  it('uses language-neutral rules for other languages', () => {
    const sentences = segmentSentences('Die ca. 600 m hohe Wand, z.B. am 9. September. Dann kam er.', { lang: 'de' });
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Die ca. 600 m hohe Wand, z.B. am 9. September.', 'Dann kam er.']);
  });
});
