import { describe, expect, it } from 'vitest';
import { collectKnownNames, extractNames, nameKey, namesMatch, segmentSentences } from '../../src/index.js';
import { corpusDocument } from '../helpers/corpus.js';

function documentNames(number: string, lang: 'nb' | 'en') {
  const sentences = segmentSentences(corpusDocument(number).text, { lang }).map((sentence) => sentence.text);
  const knownNames = collectKnownNames(sentences, { lang });
  return sentences.flatMap((sentence) => extractNames(sentence, { lang, knownNames }));
}

describe('nameKey and namesMatch', () => {
  it('lets Norwegian and English spellings of a name meet', () => {
    const pairs: [string, string][] = [
      ['Pasjinian', 'Pashinyan'], ['Pasjinjan', 'Pashinyan'], ['Aserbajdsjan', 'Azerbaijan'], ['aserbajdsjanske', 'Azerbaijani'],
      ['Jerevan', 'Yerevan'], ['Alijev', 'Aliyev'], ['Gandsja', 'Ganja'], ['Russland', 'Russia'], ['Tyrkia', 'Turkey'],
      ['Frankrike', 'France'], ['Sovjetunionen', 'Soviet Union'], ['USA', 'United States'], ['Tsjetsjenia', 'Chechnya'],
    ];
    for (const [nb, en] of pairs) expect(namesMatch(nameKey(nb, 'nb'), nameKey(en, 'en')), `${nb} = ${en}`).toBe(true);
  });

  it('keeps different names apart', () => {
    const pairs: [string, string][] = [['Putin', 'Medvedev'], ['Armenia', 'Azerbaijan'], ['Baku', 'Minsk'], ['Russland', 'Turkey'], ['Oslo', 'Bergen']];
    for (const [nb, en] of pairs) expect(namesMatch(nameKey(nb, 'nb'), nameKey(en, 'en')), `${nb} ≠ ${en}`).toBe(false);
  });
});

describe('extractNames', () => {
  it('finds capitalised names, acronyms and Norwegian nationality adjectives', () => {
    const names = extractNames('Både Frankrike, Russland og USA har forsøkt å megle, sier aserbajdsjanske kilder til AFP.', { lang: 'nb' });
    expect(names.map((name) => name.text)).toEqual(['Frankrike', 'Russland', 'USA', 'aserbajdsjanske', 'AFP']);
  });

  it('skips sentence-initial function words, shouted captions and English titles and days', () => {
    const names = extractNames('HARD BATTLES: The photo was given to the press on Sunday by Prime Minister Nikol Pashinyan.', { lang: 'en' });
    expect(names.map((name) => name.text)).toEqual(['Nikol', 'Pashinyan']);
  });

  it('finds gazetteer phrases', () => {
    expect(extractNames('The collapse of the Soviet Union in 1991.', { lang: 'en' }).map((name) => name.key)).toEqual([nameKey('Sovjetunionen', 'nb')]);
  });

  it('meets the English forms of the names of article 000 in article 003', () => {
    const source = documentNames('000', 'nb');
    const target = documentNames('003', 'en');
    for (const name of ['Pasjinian', 'Aserbajdsjan', 'Stepanakert', 'Baku', 'Nagorno-Karabakh']) {
      const mention = source.find((candidate) => candidate.text === name);
      expect(mention, name).toBeDefined();
      expect(target.some((other) => namesMatch(mention!.key, other.key)), name).toBe(true);
    }
    const minsk = source.find((candidate) => candidate.text.startsWith('Minsk'))!;
    expect(target.some((other) => other.text === 'Minsk' && namesMatch(minsk.key, other.key))).toBe(true);
  });
});

describe('extractNames: quotation marks, honorifics and compass prefixes', () => {
  const texts = (text: string, lang: string) => extractNames(text, { lang }).map((name) => name.text);

  it('reads a name after a closing straight quote as mid-sentence, and one after an opening quote as initial', () => {
    expect(texts('"A vote for us," Trump said.', 'en')).toEqual(['Trump']);
    expect(texts('He said, "Never again."', 'en')).toEqual([]);
  });

  it('reads a month after an honorific as a surname, but not an office', () => {
    expect(texts('He urged Mrs May to act in May.', 'en')).toEqual(['May']);
    expect(texts('Thank you, Mr President.', 'en')).toEqual([]);
  });

  it('keeps a compass prefix with its region, and drops any other lower-case prefix', () => {
    expect(texts('Det regner i sørvest-USA og i anti-Trump-leiren.', 'nb')).toEqual(['sørvest-USA', 'Trump-leiren']);
  });
});

describe('extractNames: gazetteer phrases', () => {
  it('reads a phrase in the genitive as one name (North Korea\'s), not the phrase and its last word again', () => {
    expect(extractNames("North Korea's foreign minister spoke.", { lang: 'en' }).map((name) => name.text)).toEqual(["North Korea's"]);
  });
});
