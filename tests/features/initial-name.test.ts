import { describe, expect, it } from 'vitest';
import { extractNames } from '../../src/index.js';

const first = (text: string) => extractNames(text, { lang: 'nb' }).some((name) => name.start === 0);

describe('names that open a Norwegian sentence', () => {
  it('are read from the sentence alone: coordinated with a name, a genitive, or the subject of a finite verb', () => {
    expect(first('Albania og Kroatia ble medlemmer.')).toBe(true);
    expect(first('Clintons oppdrag var hemmelig.')).toBe(true);
    expect(first('Berntsens største feil var å tie.')).toBe(true);
    expect(first('Clinton ble mottatt av Kim.')).toBe(true);
    expect(first('Høyre håper på fremgang.')).toBe(true);
  });

  it('are not common nouns, adverbs or inverted sentences', () => {
    expect(first('Regjeringens forslag ble nedstemt.')).toBe(false);
    expect(first('Politiet sier at mannen er pågrepet.')).toBe(false);
    expect(first('Sikkert er det at han kommer.')).toBe(false);
    expect(first('Naturligvis elsker jeg det.')).toBe(false);
    expect(first('Indirekte har Giske rett.')).toBe(false);
    expect(first('Torsdag møter en ny gruppe.')).toBe(false);
  });
});
