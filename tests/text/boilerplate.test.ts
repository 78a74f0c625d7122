import { describe, expect, it } from 'vitest';
import { isBoilerplate, isCredit } from '../../src/text/boilerplate.js';

describe('isBoilerplate', () => {
  it('recognises page furniture in both languages', () => {
    for (const line of [
      'Read more',
      'Les mer',
      'Vis hele saken',
      'Please enter your comment!',
      'Leave a reply',
      'Du trenger JavaScript for å se denne videoen.',
      'Share on Facebook',
      'Annonse',
      'Advertisement',
      'Klikk her for å abonnere',
      'Subscribe to our newsletter',
      'This video requires JavaScript.',
      'date 2020-10-04',
      'Dato 2020-10',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  // `\b` after a final å is never a word boundary in a JavaScript regular expression (`\w` is
  // ASCII): the keywords end at a Unicode-aware boundary instead.
  it('recognises "Se også" and "Del på Facebook", whose keyword ends in å', () => {
    for (const line of ['Se også', 'Se også: Krigen i Nagorno-Karabakh', 'Del på Facebook', 'DEL PÅ TWITTER', 'Vis mer']) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it('ends every keyword at a Unicode word boundary, so a longer Norwegian word is not a keyword', () => {
    for (const line of ['Se ogsåkalt', 'Del påske med oss', 'Les meråpent', 'Share onø', 'Subscribeæ', 'Klikk herø']) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it('ignores the white space around a line', () => {
    expect(isBoilerplate('  \tLes mer\n')).toBe(true);
  });

  it('does not take article text for boilerplate', () => {
    for (const line of [
      '',
      '   ',
      'Regjeringen vil se mer på saken.',
      'Readers shared more than 300 comments.',
      'Annonsen ble trukket etter protester.',
      'Date palms grow in the oasis.',
      'Dato for valget er ikke satt.',
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it('leaves long sentences that merely start like boilerplate alone', () => {
    const long = 'Read more about how the ceasefire collapsed, ' + 'and why both sides blame each other for the shelling of towns. '.repeat(2);
    expect(long.trim().length).toBeGreaterThanOrEqual(120);
    expect(isBoilerplate(long)).toBe(false);
    expect(isBoilerplate(long.slice(0, 100))).toBe(true);
  });
});

describe('isCredit', () => {
  it('recognises photo credits and source lines', () => {
    for (const line of ['Foto: NTB', 'Photo: AP / NTB', 'Bilde: Reuters', 'Illustrasjon: Colourbox', 'Kilde : SSB', '  image: Getty']) {
      expect(isCredit(line), line).toBe(true);
    }
  });

  it('needs the colon right after the credit word', () => {
    for (const line of ['Fotografen ble arrestert.', 'Photos of the war: a selection', 'Source code is on GitHub.', 'Kilden vil være anonym: han frykter represalier.']) {
      expect(isCredit(line), line).toBe(false);
    }
  });
});
