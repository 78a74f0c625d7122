import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import {
  acceptFinding,
  applyEdit,
  confirmBead,
  defaultSplit,
  dismissFinding,
  invertEdit,
  markNoCounterpart,
  mergeWithNext,
  moveSentence,
  splitBead,
} from '../../src/workbench/edits.js';
import { createSession, sessionAlignment, type Session } from '../../src/workbench/session.js';
import { parseJson, formatJson } from '../../src/formats/json.js';

const session = (): Session =>
  createSession(
    alignSentences(['Han kom hjem.', 'Det regnet.', 'Hun sov.', 'Alle var glade.'], ['He came home.', 'It rained.', 'She slept.', 'Everyone was happy.'], {
      sourceLang: 'nb',
      targetLang: 'en',
    }),
  );
const shapes = (value: Session) => value.beads.map((bead) => [bead.source, bead.target]);
/** Every sentence in one bead, in order: what parseJson demands of any alignment. */
const valid = (value: Session) => expect(() => parseJson(formatJson(sessionAlignment(value)))).not.toThrow();

describe('bead edits', () => {
  it('merges a bead with the next into one corrected bead of score 1', () => {
    const start = session();
    expect(shapes(start)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
    const merged = applyEdit(start, mergeWithNext(start, 1));
    expect(shapes(merged)).toEqual([[[0], [0]], [[1, 2], [1, 2]], [[3], [3]]]);
    expect(merged.beads[1]).toMatchObject({ score: 1, fixed: true });
    expect(start.beads).toHaveLength(4); // the old session is untouched
    valid(merged);
  });

  it('splits a bead at the given counts, and by default in half', () => {
    const merged = applyEdit(session(), mergeWithNext(session(), 1));
    expect(defaultSplit(merged.beads[1]!)).toEqual({ sourceCount: 1, targetCount: 1 });
    expect(shapes(applyEdit(merged, splitBead(merged, 1, 1, 1)))).toEqual(shapes(session()));
    expect(shapes(applyEdit(merged, splitBead(merged, 1, 2, 1)))).toEqual([[[0], [0]], [[1, 2], [1]], [[], [2]], [[3], [3]]]);
    expect(() => splitBead(merged, 1, 0, 0)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => splitBead(merged, 1, 3, 0)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => splitBead(session(), 0, 1, 1)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });

  it('moves a boundary sentence to the neighbouring bead, dropping a bead left empty', () => {
    const start = session();
    const down = applyEdit(start, moveSentence(start, 1, 'target', 'next'));
    expect(shapes(down)).toEqual([[[0], [0]], [[1], []], [[2], [1, 2]], [[3], [3]]]);
    valid(down);
    const up = applyEdit(down, moveSentence(down, 2, 'source', 'previous'));
    expect(shapes(up)).toEqual([[[0], [0]], [[1, 2], []], [[], [1, 2]], [[3], [3]]]);
    const gone = applyEdit(up, moveSentence(up, 2, 'target', 'previous'));
    expect(shapes(gone)).toEqual([[[0], [0]], [[1, 2], [1]], [[], [2]], [[3], [3]]]);
    const emptied = applyEdit(gone, moveSentence(gone, 2, 'target', 'previous'));
    expect(shapes(emptied)).toEqual([[[0], [0]], [[1, 2], [1, 2]], [[3], [3]]]);
    valid(emptied);
    expect(() => moveSentence(start, 0, 'source', 'previous')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => moveSentence(down, 1, 'target', 'next')).toThrow(/no target sentence/);
  });

  it('marks a bead as having no counterpart: one bead per sentence, source first', () => {
    const merged = applyEdit(session(), mergeWithNext(session(), 1));
    const marked = applyEdit(merged, markNoCounterpart(merged, 1));
    expect(shapes(marked)).toEqual([[[0], [0]], [[1], []], [[2], []], [[], [1]], [[], [2]], [[3], [3]]]);
    valid(marked);
    expect(() => markNoCounterpart(marked, 1)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });

  it('confirms a bead as an anchor without changing it', () => {
    const start = session();
    const confirmed = applyEdit(start, confirmBead(start, 2));
    expect(shapes(confirmed)).toEqual(shapes(start));
    expect(confirmed.beads[2]).toMatchObject({ fixed: true, score: 1 });
  });

  it('every bead edit is undone exactly by its inverse', () => {
    const start = session();
    const edits = [mergeWithNext(start, 0), moveSentence(start, 1, 'source', 'next'), markNoCounterpart(start, 3), confirmBead(start, 1)];
    for (const edit of edits) expect(applyEdit(applyEdit(start, edit), invertEdit(edit))).toEqual(start);
  });
});

describe('decisions on findings', () => {
  it('dismissals become suppressions and acceptances are kept; each can be undone, and a repeat is refused', () => {
    const start = session();
    const dismissed = applyEdit(start, dismissFinding(start, 'number-abc'));
    expect(dismissed.suppressions).toEqual(['number-abc']);
    expect(() => dismissFinding(dismissed, 'number-abc')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(applyEdit(dismissed, dismissFinding(dismissed, 'number-abc', false)).suppressions).toEqual([]);
    const accepted = applyEdit(dismissed, acceptFinding(dismissed, 'name-xyz'));
    expect(accepted.accepted).toEqual(['name-xyz']);
    const edit = acceptFinding(dismissed, 'name-xyz');
    expect(applyEdit(applyEdit(dismissed, edit), invertEdit(edit))).toEqual(dismissed);
  });
});
