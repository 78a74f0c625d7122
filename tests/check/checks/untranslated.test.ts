import { describe, expect, it } from 'vitest';
import { checkUntranslated } from '../../../src/check/checks/untranslated.js';
import { brief, handContext } from '../../helpers/check-context.js';

describe('checkUntranslated', () => {
  it('reports a target copied from its source', () => {
    const line = 'det er en fin dag for en tur i skogen';
    const findings = checkUntranslated(handContext([line], [line], [[[0], [0]]]));
    expect(brief(findings)).toEqual([{ kind: 'untranslated', subkind: 'copy', severity: 'error', source: [0], target: [0] }]);
    expect(findings[0]!.evidence.score).toBe(1);
  });

  it('reports a copy with a few edits, up to a fifth of its length, and not past it', () => {
    const source = 'det er en fin dag for en tur i skogen';
    // Three substitutions in 37 characters: similarity 0.92, a copy.
    const edited = (count: number) => [...source].map((char, index) => (index < 4 * count && index % 4 === 0 && char !== ' ' ? 'x' : char)).join('');
    const near = edited(3);
    expect(brief(checkUntranslated(handContext([source], [near], [[[0], [0]]])))[0]).toMatchObject({ kind: 'untranslated', subkind: 'copy' });
    // Nine substitutions: similarity 0.76, below the copy threshold of 0.8.
    const far = 'dxt xr xn xin xag xor xn xur x skogen';
    expect(checkUntranslated(handContext([source], [far], [[[0], [0]]])).filter((finding) => finding.subkind === 'copy')).toEqual([]);
  });

  it('reports a target written in the source language', () => {
    const findings = checkUntranslated(
      handContext(['Regjeringen la fram budsjettet.'], ['Det er ikke sikkert at de vil komme til oss i dag, men vi håper det.'], [[[0], [0]]]),
    );
    expect(brief(findings)).toEqual([{ kind: 'untranslated', subkind: 'source-language', severity: 'warning', source: [0], target: [0] }]);
    expect(findings[0]!.evidence.targetValue).toBe('nb');
  });

  it('accepts translations, copied names and same-language pairs', () => {
    const translated = handContext(['Det er en fin dag for en tur i skogen.'], ['It is a fine day for a walk in the forest.'], [[[0], [0]]]);
    expect(checkUntranslated(translated)).toEqual([]);
    expect(checkUntranslated(handContext(['Oslo Sentralstasjon, Jernbanetorget 1'], ['Oslo Sentralstasjon, Jernbanetorget 1'], [[[0], [0]]]))).toEqual([]);
    const same = 'det er en fin dag for en tur i skogen';
    expect(checkUntranslated(handContext([same], [same], [[[0], [0]]], { targetLang: 'nb-NO' }))).toEqual([]);
  });
});
