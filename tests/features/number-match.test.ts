import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../src/index.js';
import { numbersConverted, numbersEqual, scalesDiffer, unitsDiffer } from '../../src/features/number-match.js';

const one = (text: string, lang: string) => {
  const [mention] = extractNumbers(text, { lang });
  if (mention === undefined) throw new Error(`no number in ${text}`);
  return mention;
};

describe('reading numbers across conventions', () => {
  it('reads English scale suffixes with and without a currency', () => {
    expect(one('a £125m deal', 'en')).toMatchObject({ value: 125e6, units: ['money:gbp'] });
    expect(one('the £2.8bn market', 'en')).toMatchObject({ value: 2.8e9 });
    expect(one('$5 mn in aid', 'en').value).toBe(5e6);
    expect(one('a 2bn loss', 'en').value).toBe(2e9);
    expect(one('£50k a year', 'en').value).toBe(50_000);
    // Without a currency, `m` is metres and `k` a race.
    expect(one('the 100m final', 'en').value).toBe(100);
  });

  it('reads Norwegian billion as a million millions', () => {
    expect(one('2 billioner kroner', 'nb').value).toBe(2e12);
    expect(one('2 milliarder kroner', 'nb').value).toBe(2e9);
  });

  it('reads clock times in both conventions', () => {
    const clocks: [string, string][] = [['kl. 7.55', '7.55am'], ['kl. 19.55', '7:55 p.m.'], ['kl. 16.40', '4.40 pm'], ['7:55', '7.55 am']];
    for (const [nb, en] of clocks) {
      expect(numbersEqual(one(nb, 'nb'), one(en, 'en')), `${nb} = ${en}`).toBe(true);
    }
    // Norwegian writes a time with a point without `kl.`: `10.15` meets `10:15`.
    expect(numbersEqual(one('møtet startet 10.15', 'nb'), one('the meeting began at 10:15', 'en'))).toBe(true);
    expect(numbersEqual(one('kl. 7.55', 'nb'), one('8.55am', 'en'))).toBe(false);
  });

  it('reads centuries and decades', () => {
    expect(numbersEqual(one('på 1800-tallet', 'nb'), one('in the 19th century', 'en'))).toBe(true);
    expect(numbersEqual(one('i det 19. århundre', 'nb'), one('in the 19th century', 'en'))).toBe(true);
    expect(numbersEqual(one('på 1980-tallet', 'nb'), one('in the 1980s', 'en'))).toBe(true);
    expect(numbersEqual(one('på 1800-tallet', 'nb'), one('in the 18th century', 'en'))).toBe(false);
  });

  it('reads fractions and number words', () => {
    expect(numbersEqual(one('halvparten av dem', 'nb'), one('half of them', 'en'))).toBe(true);
    expect(numbersEqual(one('halvparten av dem', 'nb'), one('50 per cent of them', 'en'))).toBe(true);
    expect(numbersEqual(one('et par ganger', 'nb'), one('a couple of times', 'en'))).toBe(true);
  });

  it('gives a range the unit and scale of its end', () => {
    const [from, to] = extractNumbers('3 to 6 inches of rain', { lang: 'en' });
    expect(from?.units).toEqual(['length:in']);
    expect(to?.units).toEqual(['length:in']);
    expect(extractNumbers('2–3 millioner', { lang: 'nb' }).map((mention) => mention.value)).toEqual([2e6, 3e6]);
    expect(extractNumbers('mellom 2,5 og 5 cm', { lang: 'nb' })[0]?.units).toEqual(['length:cm']);
  });

  it('tells percentages from percentage points, and an amount of four digits from a year', () => {
    expect(one('5 prosentpoeng', 'nb').units).toEqual(['percent:pp']);
    expect(one('5 percentage points', 'en').units).toEqual(['percent:pp']);
    expect(one('5 prosent', 'nb').units).toEqual(['percent:%']);
    expect(one('en bot på 2000 dollar', 'nb')).toMatchObject({ kind: 'cardinal', units: ['money:usd'] });
    expect(one('i 2000', 'nb').kind).toBe('year');
  });
});

describe('comparing numbers', () => {
  it('meets a quantity converted between units, within the rounding translators use', () => {
    const pairs: [string, string][] = [['137 km/t', '85 mph'], ['250 kilo', '550 pounds'], ['27 °C', '80 degrees'], ['7,5 cm', '3 inches'], ['16 km', '10 miles'], ['2 meter', '6 feet']];
    for (const [nb, en] of pairs) expect(numbersConverted(one(nb, 'nb'), one(en, 'en')), `${nb} = ${en}`).toBe(true);
    expect(numbersConverted(one('16 km', 'nb'), one('16 miles', 'en'))).toBe(false);
    expect(numbersConverted(one('137 km/t', 'nb'), one('185 mph', 'en'))).toBe(false);
  });

  it('tells a changed unit and a changed scale', () => {
    expect(unitsDiffer(one('5 km', 'nb'), one('5 miles', 'en'))).toBe(true);
    expect(unitsDiffer(one('500 dollar', 'nb'), one('£500', 'en'))).toBe(true);
    expect(unitsDiffer(one('5 prosent', 'nb'), one('5 percentage points', 'en'))).toBe(true);
    expect(unitsDiffer(one('5 km', 'nb'), one('5 km', 'en'))).toBe(false);
    expect(scalesDiffer(one('2,8 millioner', 'nb'), one('£2.8bn', 'en'))).toBe(true);
    expect(scalesDiffer(one('2,8 milliarder', 'nb'), one('£2.8bn', 'en'))).toBe(false);
  });
});
