import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { applyEdit, confirmBead, moveSentence, type Edit } from '../../src/workbench/edits.js';
import { findGaps, realignGaps } from '../../src/workbench/realign.js';
import { createSession, type Session, type WorkbenchBead } from '../../src/workbench/session.js';
import { corpusDocument } from '../helpers/corpus.js';

const shapes = (beads: readonly WorkbenchBead[]) => beads.map((bead) => `${bead.source.join(',')}|${bead.target.join(',')}`);

describe('re-align the rest', () => {
  it('finds the stretches between corrected beads', () => {
    const bead = (fixed: boolean): WorkbenchBead => ({ source: [], target: [], score: 1, fixed });
    expect(findGaps([bead(false), bead(true), bead(false), bead(false), bead(true)])).toEqual([{ start: 0, end: 1 }, { start: 2, end: 4 }]);
    expect(findGaps([bead(true)])).toEqual([]);
  });

  it('keeps corrected beads as anchors and realigns the stretches around them into a valid alignment', () => {
    const alignment = alignSentences(corpusDocument('000').text, corpusDocument('003').text);
    let session: Session = createSession(alignment);
    // Damage the alignment as an aligner error would (not a correction, so not fixed): a
    // source sentence pushed down into the next bead.
    const index = session.beads.findIndex((bead) => bead.source.length === 1 && bead.target.length === 1);
    const damage = moveSentence(session, index, 'source', 'next') as Extract<Edit, { type: 'beads' }>;
    session = applyEdit(session, { ...damage, inserted: damage.inserted.map((bead) => ({ ...bead, fixed: false, score: 0.3 })) });
    session = applyEdit(session, confirmBead(session, 20));
    const anchor = session.beads[20]!;
    const edit = realignGaps(session) as Extract<Edit, { type: 'beads' }>;
    expect(edit).toBeDefined();
    const realigned = applyEdit(session, edit);
    // The anchor stays where it was, as it was; the sentences of both sides are each in one bead, in order.
    expect(realigned.beads.filter((bead) => bead.fixed)).toEqual(session.beads.filter((bead) => bead.fixed));
    expect(realigned.beads).toContainEqual(anchor);
    for (const side of ['source', 'target'] as const) expect(realigned.beads.flatMap((bead) => bead[side])).toEqual(alignment[side].map((_, at) => at));
    // Beads before the anchor that the move had damaged are repaired (the anchor cuts the
    // problem, it does not change the answer on the stretch before it).
    const before = realigned.beads.slice(0, realigned.beads.indexOf(anchor));
    expect(shapes(before).slice(0, index + 2)).toEqual(shapes(createSession(alignment).beads).slice(0, index + 2));
  });

  it('changes nothing when every bead is corrected', () => {
    const alignment = alignSentences(['En.', 'To.'], ['One.', 'Two.']);
    let session = createSession(alignment);
    session = applyEdit(session, confirmBead(session, 0));
    session = applyEdit(session, confirmBead(session, 1));
    expect(realignGaps(session)).toBeUndefined();
  });
});
