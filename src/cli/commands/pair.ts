import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { alignSentences } from '../../align/align.js';
import { checkDivergences } from '../../check/divergences.js';
import { pairDocuments } from '../../documents/pair.js';
import { splitByLanguage } from '../../documents/split-languages.js';
import { BitekstError } from '../../errors.js';
import { formatBeads } from '../../formats/beads.js';
import { choice, parseCommandArgs } from '../args.js';
import { readFolder, readJsonl } from '../collection.js';
import type { CommandIO } from '../io.js';
import { writeOutput } from '../output.js';
import type { DocumentInput, DocumentIssue, PairingResult } from '../../types.js';

export const PAIR_USAGE =
  'bitekst pair SOURCE_DIR TARGET_DIR | bitekst pair MIXED_DIR | bitekst pair RECORDS.jsonl [--source-lang nb] [--target-lang en] [--format json|tsv] [--threshold 0.5] [--align OUT_DIR] [--quiet]';

/** `bitekst pair`: finds the translation pairs in two collections (or one mixed one). */
export async function runPair(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      'source-lang': { type: 'string' },
      'target-lang': { type: 'string' },
      format: { type: 'string' },
      threshold: { type: 'string' },
      align: { type: 'string' },
      quiet: { type: 'boolean' },
    },
    { min: 1, max: 2, usage: PAIR_USAGE },
  );
  const format = choice(values.format, ['json', 'tsv'] as const, 'json', 'format');
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new BitekstError('E_USAGE', `--threshold: expected a number from 0 to 1, found ${String(values.threshold)}`);
  const sourceLang = typeof values['source-lang'] === 'string' ? values['source-lang'] : 'nb';
  const targetLang = typeof values['target-lang'] === 'string' ? values['target-lang'] : 'en';
  let sources: DocumentInput[];
  let targets: DocumentInput[];
  const issues: DocumentIssue[] = [];
  if (positionals.length === 2) {
    const [left, right] = await Promise.all([readFolder(positionals[0]!, 'source'), readFolder(positionals[1]!, 'target')]);
    sources = left.documents;
    targets = right.documents;
    issues.push(...left.issues, ...right.issues);
  } else {
    const path = positionals[0]!;
    const collection = (await stat(path).catch(() => undefined))?.isDirectory() ? await readFolder(path, 'source') : await readJsonl(path);
    const split = splitByLanguage(collection.documents);
    sources = split.nb;
    targets = split.en;
    issues.push(...collection.issues, ...split.issues);
  }
  if (sources.length === 0 && targets.length === 0) io.warn('no documents found');
  const showProgress = io.isTTY && values.quiet !== true;
  const result = pairDocuments(sources, targets, {
    sourceLang,
    targetLang,
    ...(threshold === undefined ? {} : { threshold }),
    ...(showProgress ? { onProgress: progressBar() } : {}),
  });
  if (showProgress) process.stderr.write('\n');
  result.issues.unshift(...issues);
  if (typeof values.align === 'string') await writeAlignments(values.align, result, sources, targets, sourceLang, targetLang);
  io.out(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : toTsv(result));
  return 0;
}

function progressBar(): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    process.stderr.write(`\rpairing [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  };
}

function toTsv(result: PairingResult): string {
  const rows = ['source\ttarget\tscore'];
  for (const pair of result.pairs) rows.push(`${pair.source}\t${pair.target}\t${pair.score}`);
  for (const group of result.groups) rows.push(`${group.sources.join('+')}\t${group.target}\t${group.score}`);
  for (const id of result.unpaired.source) rows.push(`${id}\t\t`);
  for (const id of result.unpaired.target) rows.push(`\t${id}\t`);
  return rows.join('\n') + '\n';
}

/** Writes each pair's beads and divergence report into `folder`, each file complete or not at all. */
async function writeAlignments(folder: string, result: PairingResult, sources: DocumentInput[], targets: DocumentInput[], sourceLang: string, targetLang: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const byId = (list: DocumentInput[]) => new Map(list.map((document) => [document.id, document]));
  const sourceById = byId(sources);
  const targetById = byId(targets);
  for (const pair of result.pairs) {
    const source = sourceById.get(pair.source)!;
    const target = targetById.get(pair.target)!;
    const alignment = alignSentences(source.text, target.text, { sourceLang: source.lang ?? sourceLang, targetLang: target.lang ?? targetLang });
    const report = checkDivergences(alignment);
    const base = join(folder, `${pair.source}__${pair.target}`);
    await writeOutput(`${base}.beads`, formatBeads(alignment.beads));
    await writeOutput(`${base}.check.json`, JSON.stringify({ findings: report.findings, summary: report.summary }, null, 2) + '\n');
  }
}
