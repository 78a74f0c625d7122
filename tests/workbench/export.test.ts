import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';
import { applyEdit, dismissFinding, markNoCounterpart, mergeWithNext } from '../../src/workbench/edits.js';
import { exportSession, fileStem, type ExportFormat } from '../../src/workbench/export.js';
import { formatSession } from '../../src/workbench/session-file.js';
import { createSession, type Session } from '../../src/workbench/session.js';
import { runInProcess } from '../cli/in-process.js';
import { corpusDocument } from '../helpers/corpus.js';

const folder = mkdtempSync(join(tmpdir(), 'bitekst-workbench-'));
const epoch = process.env.SOURCE_DATE_EPOCH;
afterEach(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
});

/** The corpus pair with a few corrections and a dismissal. */
function edited(): Session {
  let session = createSession(alignSentences(corpusDocument('000').text, corpusDocument('003').text), { source: 'corpus/000.txt', target: 'corpus/003.txt' });
  session = applyEdit(session, mergeWithNext(session, 5));
  session = applyEdit(session, markNoCounterpart(session, 8));
  const finding = exportSession(session, 'json')[0]!.text.match(/"id": "([^"]+)"/)![1]!;
  return applyEdit(session, dismissFinding(session, finding));
}

/** What `bitekst convert` writes from the saved session. */
async function convert(session: Session, to: string, extra: string[] = []): Promise<string> {
  const input = join(folder, `${to}-${extra.join('')}.session.json`);
  writeFileSync(input, formatSession(session));
  const output = join(folder, `out-${to}`);
  const result = await runInProcess(['convert', input, '--from', 'json', '--to', to, '-o', output, ...extra]);
  expect(result.stderr).toBe('');
  return to === 'moses' ? `${readFileSync(`${output}.nb`, 'utf8')}|${readFileSync(`${output}.en`, 'utf8')}` : readFileSync(output, 'utf8');
}

describe('exports', () => {
  const date = new Date(1_764_633_600_000);
  for (const format of ['tmx', 'tsv', 'json', 'moses'] as ExportFormat[]) {
    it(`${format}: byte-identical to what bitekst convert writes from the saved session`, async () => {
      process.env.SOURCE_DATE_EPOCH = String(date.getTime() / 1000);
      const session = edited();
      const files = exportSession(session, format, { creationDate: date });
      const ours = files.map((file) => file.text).join('|');
      expect(ours).toBe(await convert(session, format));
      expect(files.map((file) => file.name)).toEqual(format === 'moses' ? ['000.nb', '000.en'] : [`000.${format}`]);
    });
  }

  it('tmx: takes the filtering options of bitekst align --format tmx, with the same meaning', async () => {
    process.env.SOURCE_DATE_EPOCH = String(date.getTime() / 1000);
    const session = edited();
    const ours = exportSession(session, 'tmx', { creationDate: date, minScore: 0, includeUnaligned: true, languages: { source: 'nb-NO', target: 'en-GB' } })[0]!.text;
    expect(ours).toBe(await convert(session, 'tmx', ['--min-score', '0', '--include-unaligned', '--tmx-lang', 'nb-NO,en-GB']));
    expect(ours).toContain('xml:lang="nb-NO"');
  });

  it('leaves the dismissed findings out only on request', () => {
    const session = edited();
    const dismissed = session.suppressions[0]!;
    const all = exportSession(session, 'json')[0]!.text;
    const kept = exportSession(session, 'json', { leaveOutDismissed: true })[0]!.text;
    expect(all).toContain(dismissed);
    expect(kept).not.toContain(dismissed);
  });

  it('names files after the source document', () => {
    expect(fileStem('C:\\texts\\artikkel.txt')).toBe('artikkel');
    expect(fileStem('.txt')).toBe('alignment');
  });
});
