import { describe, expect, it } from 'vitest';
import { parseTmx } from '../../src/formats/parse-tmx.js';
import { languagesMatch } from '../../src/text/language.js';
import { formatTmx } from '../../src/formats/tmx.js';
import { rebuildAlignment } from '../../src/formats/rebuild.js';

const tmx = (srclang: string, units: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="${srclang}" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="x" creationtoolversion="1"/>\n<body>\n${units.join('\n')}\n</body>\n</tmx>\n`;
const unit = (...tuvs: [string, string][]) => `<tu>${tuvs.map(([lang, text]) => `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>`).join('')}</tu>`;
const texts = (alignment: ReturnType<typeof parseTmx>) => ({
  source: alignment.source.map((sentence) => sentence.text),
  target: alignment.target.map((sentence) => sentence.text),
  sourceLang: alignment.sourceLang,
  targetLang: alignment.targetLang,
});

const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('languagesMatch', () => {
  it('matches case-insensitively and by prefix at a subtag boundary', () => {
    expect(languagesMatch('nb', 'NB-no')).toBe(true);
    expect(languagesMatch('en-GB', 'en')).toBe(true);
    expect(languagesMatch('en', 'eng')).toBe(false);
    expect(languagesMatch('nb', 'nn')).toBe(false);
  });
});

describe('parseTmx languages', () => {
  it('reads units whose xml:lang is less precise than srclang (nb-NO header, nb units)', () => {
    const alignment = parseTmx(tmx('nb-NO', [unit(['nb', 'Hei.'], ['en-GB', 'Hello.']), unit(['NB', 'Ha det.'], ['en-gb', 'Bye.'])]), { targetLang: 'en-GB' });
    expect(texts(alignment)).toEqual({ source: ['Hei.', 'Ha det.'], target: ['Hello.', 'Bye.'], sourceLang: 'nb-NO', targetLang: 'en-GB' });
  });

  it('understands srclang="*all*": the source is the caller\'s, or the first language of a two-language file', () => {
    const file = tmx('*all*', [unit(['nb', 'Hei.'], ['en', 'Hello.'])]);
    expect(texts(parseTmx(file))).toMatchObject({ source: ['Hei.'], target: ['Hello.'] });
    expect(texts(parseTmx(file, { sourceLang: 'en' }))).toMatchObject({ source: ['Hello.'], target: ['Hei.'], sourceLang: 'en' });
    const three = tmx('*all*', [unit(['nb', 'Hei.'], ['en', 'Hello.'], ['de', 'Hallo.'])]);
    expect(code(() => parseTmx(three))).toBe('E_TMX');
  });

  it('refuses a unit whose languages cannot be assigned, with its line', () => {
    const file = tmx('nb', [unit(['nb', 'Hei.'], ['en', 'Hello.']), unit(['nb', 'Hei.'], ['de', 'Hallo.'])]);
    expect(() => parseTmx(file, { targetLang: 'en' })).toThrow(/line 6: .*"de", which is neither nb nor en/);
  });

  it('refuses a file without the requested target language instead of dropping a side', () => {
    const file = tmx('nb', [unit(['nb', 'Hei.'], ['sv', 'Hej.'])]);
    expect(code(() => parseTmx(file, { targetLang: 'en' }))).toBe('E_TMX');
    expect(code(() => parseTmx(file, { sourceLang: 'en' }))).toBe('E_TMX');
  });

  it('refuses a language tag that is not BCP 47, since output file names are made from it', () => {
    expect(code(() => parseTmx(tmx('nb', [unit(['/../../ESCAPED', 'x'], ['nb', 'y'])])))).toBe('E_LANGUAGE');
    expect(code(() => parseTmx(tmx('../x', [unit(['nb', 'y'])])))).toBe('E_LANGUAGE');
  });
});

describe('parseTmx lengths props', () => {
  const merged = rebuildAlignment('nb', 'en', [{ source: ['Hei.', 'Ha det godt, vi sees.'], target: ['Hi. Bye, see you.'], score: 0.9 }]);

  it('splits merged sentences again by bitekst\'s own lengths', () => {
    expect(texts(parseTmx(formatTmx(merged))).source).toEqual(['Hei.', 'Ha det godt, vi sees.']);
  });

  it('reads a segment as one sentence, with a warning, when its lengths no longer fit (edited in a CAT tool)', () => {
    const edited = formatTmx(merged).replace('Ha det godt, vi sees.', 'Ha det godt, vi sees i morgen.');
    const warnings: string[] = [];
    expect(texts(parseTmx(edited, { onWarning: (message) => warnings.push(message) })).source).toEqual(['Hei. Ha det godt, vi sees i morgen.']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/line \d+: source expected sentence lengths/);
    for (const bad of ['-5,1e9', 'abc', '4,', '4,5,6,7']) {
      const file = formatTmx(merged).replace(/(x-bitekst-source-lengths">)[^<]*/, `$1${bad}`);
      expect(texts(parseTmx(file, { onWarning: () => undefined })).source).toEqual(['Hei. Ha det godt, vi sees.']);
    }
  });
});
