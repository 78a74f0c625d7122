import { describe, expect, it } from 'vitest';
import { fingerprintDocument, mergeFingerprints } from '../../src/documents/fingerprint.js';

const norwegian = fingerprintDocument({ id: 'krig.nb', text: 'Krigen i Nagorno-Karabakh har krevd 30.000 liv siden 1994.\nStepan Pasjinian sa at 3 soldater døde.' }, 'nb');
const english = fingerprintDocument(
  { id: 'war.en', text: 'The war in Nagorno-Karabakh has claimed 30,000 lives since 1994.\nStepan Pashinyan said that 3 soldiers died.', date: '2020-10-05' },
  'en',
);

describe('fingerprintDocument', () => {
  it('gives numbers, names and cognates keys that a translation shares', () => {
    const shared = [...norwegian.keys.keys()].filter((key) => english.keys.has(key)).sort();
    expect(shared).toEqual(['#1994', '#30000', 'c:karab', 'c:nagor', 'c:pashi', 'c:stepa', 'n:nagorno-karabakh', 'n:pashinian']);
  });

  it('keeps the numbers in document order, normalised, leaving out single digits', () => {
    expect(norwegian.numbers).toEqual([30000, 1994]);
    expect(english.numbers).toEqual([30000, 1994]);
    expect(norwegian.keys.has('#3')).toBe(false);
  });

  it('takes the five-letter prefix of words of five letters or more as cognate keys', () => {
    const cognates = [...norwegian.keys.keys()].filter((key) => key.startsWith('c:'));
    expect(cognates.every((key) => key.length === 7)).toBe(true);
    expect(norwegian.keys.has('c:krige')).toBe(true);
    // "har", "liv" and "sa" are too short to say anything.
    expect(cognates.some((key) => /^c:(har|liv|sa)/.test(key))).toBe(false);
  });

  it('counts repeated keys', () => {
    const print = fingerprintDocument({ id: 'x', text: 'I 1994 kom krigen. I 1994 kom freden.' }, 'nb');
    expect(print.keys.get('#1994')).toBe(2);
    expect(print.numbers).toEqual([1994, 1994]);
  });

  it('keeps the sentences, the language, the length and the date', () => {
    expect(norwegian).toMatchObject({
      id: 'krig.nb',
      sentences: ['Krigen i Nagorno-Karabakh har krevd 30.000 liv siden 1994.', 'Stepan Pasjinian sa at 3 soldater døde.'],
      lang: 'nb',
      chars: 98,
      date: undefined,
    });
    expect(english).toMatchObject({ lang: 'en', date: '2020-10-05' });
  });

  it("prefers the document's own language and canonicalises it", () => {
    expect(fingerprintDocument({ id: 'x', text: 'Hei.', lang: 'NB-no' }, 'en').lang).toBe('nb-NO');
  });

  it('reads the date from a leading date line', () => {
    expect(fingerprintDocument({ id: 'x', text: 'date 2020-10\nKrigen krevde 30.000 liv.' }, 'nb').date).toBe('2020-10');
  });

  // The leading date line is page metadata (isBoilerplate says so): its year and month are not
  // numbers of the text, and would be shared keys with any other document of the same month.
  it('leaves the numbers of a leading date line out of the keys and the number order', () => {
    for (const text of ['date 2020-10\nKrigen krevde 30.000 liv.', 'Dato 2020-10-04 Krigen krevde 30.000 liv.', '  datum 2020-10\n\nKrigen krevde 30.000 liv.']) {
      const print = fingerprintDocument({ id: 'x', text }, 'nb');
      expect(print.numbers, text).toEqual([30000]);
      expect(print.keys.has('#2020'), text).toBe(false);
      expect(print.keys.has('#30000'), text).toBe(true);
    }
  });

  it('keeps the numbers of a date written in the text', () => {
    expect(fingerprintDocument({ id: 'x', text: 'Krigen startet 2020-10-04 og krevde 30.000 liv.' }, 'nb').keys.has('#2020')).toBe(true);
  });

  it('refuses a malformed language tag with E_LANGUAGE', () => {
    expect(() => fingerprintDocument({ id: 'x', text: 'Hei.', lang: 'nb_NO' }, 'nb')).toThrow(expect.objectContaining({ code: 'E_LANGUAGE' }));
  });

  it('gives an empty document an empty fingerprint', () => {
    expect(fingerprintDocument({ id: 'empty', text: '' }, 'nb')).toEqual({ id: 'empty', keys: new Map(), numbers: [], chars: 0, sentences: [], lang: 'nb', date: undefined });
  });
});

describe('mergeFingerprints', () => {
  it('sums the keys and joins ids, numbers, sentences and lengths in order, with the first date', () => {
    const first = fingerprintDocument({ id: 'del-1', text: 'Krigen startet i 1994.' }, 'nb');
    const second = fingerprintDocument({ id: 'del-2', text: 'I 1994 og 2020 var det kamper.', date: '2020-10' }, 'nb');
    const merged = mergeFingerprints([first, second]);
    expect(merged).toMatchObject({
      id: 'del-1+del-2',
      numbers: [1994, 1994, 2020],
      chars: first.chars + second.chars,
      sentences: ['Krigen startet i 1994.', 'I 1994 og 2020 var det kamper.'],
      lang: 'nb',
      date: '2020-10',
    });
    expect(merged.keys.get('#1994')).toBe(2);
    expect(merged.keys.get('#2020')).toBe(1);
    expect(first.keys.get('#1994')).toBe(1);
  });

  it('gives an empty fingerprint of unknown language for no documents', () => {
    expect(mergeFingerprints([])).toEqual({ id: '', keys: new Map(), numbers: [], chars: 0, sentences: [], lang: 'und', date: undefined });
  });
});
