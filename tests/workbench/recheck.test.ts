import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { checkDivergences } from '../../src/check/divergences.js';
import { confirmBead, markNoCounterpart, mergeWithNext, moveSentence, splitBead, type Edit } from '../../src/workbench/edits.js';
import { perform, undo } from '../../src/workbench/history.js';
import { checkSession, createCheckCache, recheckSession } from '../../src/workbench/recheck.js';
import { createSession, sessionAlignment, type Session } from '../../src/workbench/session.js';
import { corpusDocument } from '../helpers/corpus.js';

// The corpus pair with one number changed, so that number findings exist to be moved around.
const source = corpusDocument('000').text;
const target = corpusDocument('003').text.replace('30,000 lives', '36,000 lives');
const alignment = alignSentences(source, target);

/** A deterministic stream of numbers in [0, 1): a linear congruential generator with a fixed seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Some valid edit of the session, or undefined when the one drawn does not apply there. */
function someEdit(session: Session, next: () => number): Edit | undefined {
  const index = Math.floor(next() * session.beads.length);
  const bead = session.beads[index]!;
  const choice = Math.floor(next() * 5);
  try {
    if (choice === 0) return mergeWithNext(session, index);
    if (choice === 1) return splitBead(session, index, Math.ceil(bead.source.length / 2), Math.floor(bead.target.length / 2));
    if (choice === 2) return moveSentence(session, index, next() < 0.5 ? 'source' : 'target', next() < 0.5 ? 'previous' : 'next');
    if (choice === 3) return markNoCounterpart(session, index);
    return confirmBead(session, index);
  } catch {
    return undefined;
  }
}

// A pair made to exercise the checks that look beyond a bead: a quotation over three sentences
// (unbalanced quotes in neighbouring beads), a sentence repeated and translated two ways
// (inconsistent), a number changed, a sentence left out.
const quoted = {
  source: ['Han sa at de kommer i morgen.', 'De tar med 12 kasser.', 'Alle skal være med.', 'Det var en fin dag i byen.', 'Hun svarte ikke.', 'Det var en fin dag i byen.', 'Så dro de hjem.', 'Ingen visste hvor de skulle sove den natten.'],
  target: ['He said: “We are coming tomorrow.', 'We are bringing 15 boxes.', 'Everyone will come.”', 'It was a fine day in town.', 'She did not answer.', 'It was a nice day in the city.', 'Then they went home.'],
};

describe('re-checking after an edit', () => {
  it('gives the findings of checkDivergences on a pair with quotations over several beads and repeated sentences, over 30 random edits', () => {
    // The sentences as the aligner reads them, paired one to one as a translator would (the last
    // source sentence left out), whatever the aligner makes of so short a text.
    const read = alignSentences(quoted.source, quoted.target);
    const pair = { ...read, beads: [...read.target.map((_, index) => ({ source: [index], target: [index], score: 0.9 })), { source: [7], target: [], score: 0.9 }] };
    let session = createSession(pair);
    const cache = createCheckCache(session);
    let findings = checkSession(session, cache);
    expect(findings).toEqual(checkDivergences(pair).findings);
    expect(findings.map((finding) => finding.kind)).toEqual(expect.arrayContaining(['inconsistent', 'unbalanced', 'number']));
    let history = { done: [], undone: [] } as Parameters<typeof perform>[1];
    const next = random(7);
    let seenUnbalanced = false;
    for (let edits = 0; edits < 30; ) {
      const edit = someEdit(session, next);
      if (edit === undefined) continue;
      const step = edits % 5 === 4 ? undo(session, history)! : perform(session, history, edit);
      findings = recheckSession(step.session, cache, findings, step.edit);
      ({ session, history } = step);
      expect(findings, `after edit ${edits}`).toEqual(checkDivergences(sessionAlignment(session)).findings);
      seenUnbalanced ||= findings.some((finding) => finding.kind === 'unbalanced');
      edits += 1;
    }
    expect(seenUnbalanced).toBe(true);
  });

  it('gives the findings checkDivergences gives for the whole edited alignment, over 30 random edits and their undos', () => {
    let session = createSession(alignment);
    const cache = createCheckCache(session);
    let findings = checkSession(session, cache);
    expect(findings).toEqual(checkDivergences(alignment).findings);
    let history = { done: [], undone: [] } as Parameters<typeof perform>[1];
    const next = random(18);
    let edits = 0;
    while (edits < 30) {
      const edit = someEdit(session, next);
      if (edit === undefined) continue;
      const step = edits % 7 === 6 ? undo(session, history)! : perform(session, history, edit);
      findings = recheckSession(step.session, cache, findings, step.edit);
      ({ session, history } = step);
      expect(findings, `after edit ${edits}`).toEqual(checkDivergences(sessionAlignment(session)).findings);
      edits += 1;
    }
  });

  it('takes well under 100 ms on a 500-sentence article (median of 20 edits)', () => {
    // 6 copies of the pair, each paragraph numbered so the copies differ: about 190 + 320 sentences.
    const copies = (text: string) => Array.from({ length: 6 }, (_, copy) => text.split(/\n\s*\n/).map((paragraph, at) => `${paragraph.trim()} (${copy}.${at})`).join('\n\n')).join('\n\n');
    const long = alignSentences(copies(source), copies(target));
    expect(long.source.length + long.target.length).toBeGreaterThan(500);
    let session = createSession(long);
    const cache = createCheckCache(session);
    let findings = checkSession(session, cache);
    const times: number[] = [];
    for (let index = 10; index < 50; index += 2) {
      const edit = mergeWithNext(session, index);
      session = perform(session, { done: [], undone: [] }, edit).session;
      const started = performance.now();
      findings = recheckSession(session, cache, findings, edit);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const fullStart = performance.now();
    checkDivergences(sessionAlignment(session));
    const full = performance.now() - fullStart;
    if (process.env.BITEKST_TIMINGS) console.log(`re-check median ${times[10]!.toFixed(1)} ms, a full check ${full.toFixed(1)} ms, ${long.source.length} + ${long.target.length} sentences`);
    // Measured against a full check in the same minute (a ratio holds on a loaded machine, a
    // millisecond limit does not): re-checking the beads an edit touched is several times cheaper.
    expect(times[10]!).toBeLessThan(full / 3);
    expect(findings).toEqual(checkDivergences(sessionAlignment(session)).findings);
  });
});
