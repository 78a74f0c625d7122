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

  it('reads a closing straight quote before a name as no sentence start, so the name meets', () => {
    const findings = checkNames(handContext(['«En stemme for oss», sa Trump foran et folkemøte i Wheeling.'], ['"A vote for us," Trump said at a rally in Wheeling.'], [[[0], [0]]]));
    expect(findings).toEqual([]);
  });

  it('meets a surname after an honorific even when it is a month, and a country by its irregular nationality word', () => {
    expect(checkNames(handContext(['Han krevde at Theresa May måtte avvise kvotene.'], ['He urged Mrs May to abandon the quotas.'], [[[0], [0]]]))).toEqual([]);
    expect(checkNames(handContext(['De satte opp kort på en bro i Wales i går.'], ['They put up cards on a Welsh bridge yesterday.'], [[[0], [0]]]))).toEqual([]);
  });

  it('lets a nationality word stand for its country only once: beside its own nationality word the country must meet a name', () => {
    const findings = checkNames(handContext(['For lesere utenfor Wales: på walisisk betyr det «dum».'], ['For readers outside of Boston: in Welsh it means daft.'], [[[0], [0]]]));
    expect(brief(findings)).toEqual([{ kind: 'name', subkind: 'different', severity: 'error', source: [0], target: [0] }]);
  });

  it('meets a region by its compass word alone (sørvest-USA = the Southwest)', () => {
    expect(checkNames(handContext(['Nedbøren er gunstig, siden sørvest-USA er i en tørke.'], ['The rain is beneficial since the Southwest is in a drought.'], [[[0], [0]]]))).toEqual([]);
  });

  it('pairs the whole names left over as a change, past a word left in a name met in part', () => {
    const findings = checkNames(handContext(['En representant fra Labour sa at det rimer på Twp og Pwp.'], ['One Labour AM said it rhymes with Vichy and Pwp.'], [[[0], [0]]]));
    expect(findings.find((finding) => finding.severity === 'error')?.evidence).toMatchObject({ sourceText: 'Twp', targetText: 'Vichy' });
  });

  it('pairs a surname after an honorific with a full name as a change of person', () => {
    const findings = checkNames(handContext(['I går annonserte Jeremy Corbyn en rekke boligreformer.'], ['Yesterday Mr Lithgow announced a series of housing reforms.'], [[[0], [0]]]));
    expect(findings.find((finding) => finding.severity === 'error')?.evidence).toMatchObject({ sourceText: 'Jeremy Corbyn', targetText: 'Lithgow' });
  });

  it('takes a compound or an initialism of the first letter as a rendering, not a short word beside another name', () => {
    const rendered = checkNames(handContext(['Han har vunnet medaljer i Samveldeleker flere ganger.'], ['He has won medals at the Commonwealth Games several times.'], [[[0], [0]]]));
    expect(rendered.find((finding) => finding.subkind === 'missing')?.severity).toBe('info');
    const replaced = checkNames(handContext(['Først treffer orkanen Rosa land ved Baja California.', 'Deretter svekkes Rosa.'], ['First, Risa Kusuma makes landfall across Baja California.', 'Then Rosa weakens.'], [[[0], [0]], [[1], [1]]]));
    expect(replaced.find((finding) => finding.subkind === 'missing')?.severity).toBe('warning');
  });

  it('meets a platform by the common word made from it (Twitter = tweeted)', () => {
    expect(checkNames(handContext(['Reporteren Mike Trudell skrev på Twitter at James spiller.'], ['Reporter Mike Trudell tweeted that James plays.'], [[[0], [0]]]))).toEqual([]);
  });

  it('notes a name declined with a Norwegian definite ending (Bibelen = Bible), and warns of a slip of the pen (Leory = Leroy)', () => {
    const declined = checkNames(handContext(['Ordet står i Bibelen, sa West.'], ['The word is in the Bible, West said.'], [[[0], [0]]]));
    expect(brief(declined).map((finding) => finding.severity)).toEqual(['info']);
    const slip = checkNames(handContext(['Han møtte Leory Smith i går.'], ['He met Leroy Smith yesterday.'], [[[0], [0]]]));
    expect(brief(slip).map((finding) => finding.severity)).toEqual(['warning']);
  });
});

