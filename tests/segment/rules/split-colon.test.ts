import { describe, expect, it } from 'vitest';
import { findColonBreaks } from '../../../src/segment/rules/split-colon.js';

const after = (text: string, capital: boolean) => findColonBreaks(text, capital).map((at) => text.slice(at, at + 6));

describe('findColonBreaks', () => {
  it('breaks before direct speech after a clause, in every language', () => {
    expect(after('Det ble rene ord: «Han var der.»', false)).toEqual(['«Han v']);
    expect(after('Espen sier det slik: - Forbann spriten!', false)).toEqual(['- Forb']);
  });

  it('breaks before a capital only where the language says it marks a sentence', () => {
    expect(after('Men paradokset er dobbelt: Turismen er løsningen.', true)).toEqual(['Turism']);
    expect(after('Here is a tip: Do not go.', false)).toEqual([]);
  });

  it('keeps labels, lower case and lists', () => {
    expect(after('Foto: Reuters', true)).toEqual([]);
    expect(after('KAMPER: Myndighetene melder', true)).toEqual([]);
    expect(after('Ødeleggelser etter bombing i TRAPPES OPP: Stepanakert', true)).toEqual([]);
    expect(after('Røde Signy: - Fra min ungdom', true)).toEqual(['- Fra ']);
    expect(after('Han hadde ett mål: å vinne.', true)).toEqual([]);
    expect(after('Klokka er 14:30 nå.', true)).toEqual([]);
  });
});
