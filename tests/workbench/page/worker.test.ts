import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/align.js';
import { checkDivergences } from '../../../src/check/divergences.js';
import { applyEdit, confirmBead } from '../../../src/workbench/edits.js';
import { runAlignment, runRealign, type WorkerMessage } from '../../../src/workbench/page/worker.js';
import { realignEdit, realignGaps, realignTasks } from '../../../src/workbench/realign.js';
import { createSession } from '../../../src/workbench/session.js';
import { corpusDocument } from '../../helpers/corpus.js';

const source = corpusDocument('000').text;
const target = corpusDocument('003').text;

describe('the alignment worker', () => {
  it('aligns and checks as bitekst check does, reporting each step', () => {
    const messages: WorkerMessage[] = [];
    runAlignment({ type: 'align', source, target, sourceLang: 'nb', targetLang: 'en' }, (message) => messages.push(message));
    expect(messages.filter((message) => message.type === 'progress').map((message) => (message as { step: number }).step)).toEqual([0, 1, 2, 3]);
    const done = messages.at(-1) as Extract<WorkerMessage, { type: 'done' }>;
    const report = checkDivergences({ source, target });
    expect(done.alignment).toEqual(alignSentences(source, target));
    expect(done.findings).toEqual(report.findings);
  });

  it('answers bad input with the error code, not a crash', () => {
    const messages: WorkerMessage[] = [];
    runAlignment({ type: 'align', source: 'Hei.', target: 'Hi.', sourceLang: 'not a tag', targetLang: 'en' }, (message) => messages.push(message));
    expect(messages.at(-1)).toMatchObject({ type: 'error', code: 'E_LANGUAGE' });
  });

  it('re-aligns the stretches as realignGaps does on the page', () => {
    let session = createSession(alignSentences(source, target));
    session = applyEdit(session, confirmBead(session, 10));
    const tasks = realignTasks(session);
    const messages: WorkerMessage[] = [];
    runRealign(
      { type: 'realign', sourceLang: 'nb', targetLang: 'en', tasks: tasks.map((task) => ({ source: task.source.map((index) => session.source[index]!), target: task.target.map((index) => session.target[index]!) })) },
      (message) => messages.push(message),
    );
    const done = messages.at(-1) as Extract<WorkerMessage, { type: 'realigned' }>;
    expect(realignEdit(session, tasks, done.beads)).toEqual(realignGaps(session));
  });
});
