import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { dismissFinding, mergeWithNext } from '../../src/workbench/edits.js';
import { EMPTY_HISTORY, HISTORY_LIMIT, perform, redo, undo } from '../../src/workbench/history.js';
import { createSession } from '../../src/workbench/session.js';

const start = createSession(alignSentences(['En.', 'To.', 'Tre.'], ['One.', 'Two.', 'Three.']));

describe('undo and redo', () => {
  it('undo goes back step by step, redo forward, and a new edit clears the redo stack', () => {
    const first = perform(start, EMPTY_HISTORY, mergeWithNext(start, 0));
    const second = perform(first.session, first.history, dismissFinding(first.session, 'x'));
    const back = undo(second.session, second.history)!;
    expect(back.session).toEqual(first.session);
    const backAgain = undo(back.session, back.history)!;
    expect(backAgain.session).toEqual(start);
    expect(undo(backAgain.session, backAgain.history)).toBeUndefined();
    const forward = redo(backAgain.session, backAgain.history)!;
    expect(forward.session).toEqual(first.session);
    const branched = perform(forward.session, forward.history, mergeWithNext(forward.session, 0));
    expect(redo(branched.session, branched.history)).toBeUndefined();
  });

  it(`keeps the last ${HISTORY_LIMIT} edits`, () => {
    let step = { session: start, history: EMPTY_HISTORY };
    for (let index = 0; index < HISTORY_LIMIT + 5; index += 1) step = perform(step.session, step.history, dismissFinding(step.session, `id-${index}`));
    expect(step.history.done).toHaveLength(HISTORY_LIMIT);
  });
});
