import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { checkDivergences } from '../../src/check/divergences.js';
import { formatJson, parseJson } from '../../src/formats/json.js';
import { applyEdit, dismissFinding, mergeWithNext, acceptFinding } from '../../src/workbench/edits.js';
import { formatSession, parseSession } from '../../src/workbench/session-file.js';
import { createSession, sessionAlignment } from '../../src/workbench/session.js';
import { corpusDocument } from '../helpers/corpus.js';

const alignment = alignSentences(corpusDocument('000').text, corpusDocument('003').text);

describe('the saved session', () => {
  it('reopens exactly: beads, corrections, dismissals, acceptances and names', () => {
    let session = createSession(alignment, { source: '000.txt', target: '003.txt' });
    session = applyEdit(session, mergeWithNext(session, 3));
    const finding = checkDivergences(sessionAlignment(session)).findings[0]!;
    session = applyEdit(session, dismissFinding(session, finding.id));
    session = applyEdit(session, acceptFinding(session, 'name-0000000'));
    const reopened = parseSession(formatSession(session));
    expect(reopened).toEqual(session);
    expect(formatSession(reopened)).toBe(formatSession(session));
  });

  it('is the alignment JSON the CLI writes, with a workbench member that parseJson ignores', () => {
    const session = createSession(alignment);
    const saved = JSON.parse(formatSession(session)) as Record<string, unknown>;
    const { workbench, ...rest } = saved;
    expect(workbench).toMatchObject({ format: 'bitekst-workbench/1', fixed: [], suppressions: [] });
    expect(JSON.stringify(rest, null, 2) + '\n').toBe(formatJson(alignment, { findings: checkDivergences(alignment).findings }));
    expect(parseJson(formatSession(session)).beads).toEqual(alignment.beads);
  });

  it('opens a plain alignment JSON as a session with nothing decided, and refuses a bad workbench member', () => {
    const plain = parseSession(formatJson(alignment), { source: 'a.json' });
    expect(plain.beads.every((bead) => !bead.fixed)).toBe(true);
    expect(plain.names.source).toBe('a.json');
    const saved = JSON.parse(formatSession(createSession(alignment))) as { workbench: { fixed: unknown } };
    saved.workbench.fixed = [999];
    expect(() => parseSession(JSON.stringify(saved))).toThrow(expect.objectContaining({ code: 'E_JSON' }));
    expect(() => parseSession(JSON.stringify({ ...saved, workbench: { format: 'other' } }))).toThrow(/workbench.format/);
  });
});
