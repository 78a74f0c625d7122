import { describe, expect, it } from 'vitest';
import { checkNames } from '../../../src/check/checks/names.js';
import { brief, handContext } from '../../helpers/check-context.js';

describe('checkNames', () => {
  it('reports the only name of each side left over, at the same place, as a change', () => {
    const findings = checkNames(handContext(['I går møtte statsministeren Jonas Støre i Bergen.'], ['Yesterday the prime minister met Jonas Støre in Trondheim.'], [[[0], [0]]]));
    expect(brief(findings)).toEqual([{ kind: 'name', subkind: 'different', severity: 'error', source: [0], target: [0] }]);
    expect(findings[0]!.evidence).toMatchObject({ sourceText: 'Bergen', targetText: 'Trondheim' });
  });

  it('reports a missing name of several words as a warning and an added name as a note', () => {
    const missing = checkNames(handContext(['Møtet ble ledet av Jonas Støre.'], ['The meeting was chaired.'], [[[0], [0]]]));
    expect(brief(missing)).toEqual([{ kind: 'name', subkind: 'missing', severity: 'warning', source: [0], target: [0] }]);
    const added = checkNames(handContext(['Møtet ble ledet av statsministeren.'], ['The meeting was chaired by Jonas Støre.'], [[[0], [0]]]));
    expect(brief(added)).toEqual([{ kind: 'name', subkind: 'added', severity: 'info', source: [0], target: [0] }]);
  });

  it('matches names across transliteration, and is off for German', () => {
    const context = handContext(['Nikol Pasjinian reiste til Aserbajdsjan.'], ['Nikol Pashinyan travelled to Azerbaijan.'], [[[0], [0]]]);
    expect(checkNames(context)).toEqual([]);
    const german = handContext(['Der Hund läuft.'], ['Jonas Støre runs.'], [[[0], [0]]], { sourceLang: 'de' });
    expect(checkNames(german)).toEqual([]);
  });

  it('keeps a one-word name seen once, beside another unmatched name in the translation, as a note', () => {
    const findings = checkNames(handContext(['Han skrev på Twitter i går, sa Hansen.'], ['He wrote on Facebook yesterday, said Hansen, in Bergen.'], [[[0], [0]]]));
    expect(findings.filter((finding) => finding.evidence.sourceText === 'Twitter').map((finding) => finding.severity)).toEqual(['info']);
  });
});
