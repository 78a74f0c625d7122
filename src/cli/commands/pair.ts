import type { DocumentInput, DocumentIssue, PairingResult } from '../../types.js';
import { mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { alignSentences } from '../../align/align.js';
import { checkDivergences } from '../../check/divergences.js';
import { splitByLanguage } from '../../documents/split-languages.js';
import { BitekstError } from '../../errors.js';
import { formatBeads } from '../../formats/beads.js';
import { choice, parseCommand } from '../args.js';
import { listFolder, readFolder, readJsonl, readListing } from '../collection.js';
import { integerFlag, numberFlag } from '../flags.js';
import { languageFlags } from '../inputs.js';
import type { CommandIO } from '../io.js';
import { pairInParallel, PARALLEL_MIN_DOCUMENTS, startPairPool, type PairPool } from '../pair-pool.js';
import { writeOutput } from '../output.js';
import { insideFolder, safeNamePart } from '../safe-name.js';
import { inputLimit } from '../input-limit.js';
import { refuseOutputOverInput } from '../same-file.js';
import { createProgress } from '../progress.js';
import { PAIR } from '../specs/pair.js';

/** `bitekst pair`: finds the translation pairs in two collections (or one mixed one). */
export async function runPair(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(PAIR, args);
  const format = choice(values.format, ['json', 'tsv'] as const, 'json', 'format');
  const threshold = numberFlag(values.threshold, 'threshold', { min: 0, max: 1 });
  const { sourceLang, targetLang } = languageFlags(values);
  if (values.align === '-') throw new BitekstError('E_USAGE', '--align: expected a folder to write the alignments into, found -');
  const jobsFlag = integerFlag(values.jobs, 'jobs', { min: 1, max: 1024 });
  const workerMemory = integerFlag(values['worker-memory'], 'worker-memory', { min: 16 });
  const limit = inputLimit(values);
  if (typeof values.output === 'string') await refuseOutputOverInput(positionals, [values.output]);
  let sources: DocumentInput[];
  // The targets of two folders are read while the sources are fingerprinted (see pairInParallel).
  let targets: DocumentInput[] | Promise<DocumentInput[]>;
  // How many workers, or (two folders) the workers already started.
  let jobs: number | PairPool;
  const limits = workerMemory === undefined ? {} : { maxOldGenerationSizeMb: workerMemory };
  const jobsFor = (documents: number) => jobsFlag ?? (documents < PARALLEL_MIN_DOCUMENTS ? 1 : availableParallelism());
  const issues: DocumentIssue[] = [];
  if (positionals.length === 2) {
    // Both folders are listed at once; when both fail, the source's error is the one reported, whichever failed first.
    const [left, right] = inOrder(await Promise.allSettled([listFolder(positionals[0]!), listFolder(positionals[1]!)]));
    // The workers start (load their code) while this thread reads the sources.
    const count = jobsFor(left.entries.length + right.entries.length);
    const pool = count > 1 ? startPairPool(count, limits) : undefined;
    jobs = pool ?? count;
    const read = await readListing(left, 'source', limit).catch(async (error: unknown) => {
      await pool?.close();
      throw error;
    });
    sources = read.documents;
    issues.push(...read.issues);
    const reading = readListing(right, 'target', limit, { yieldBetweenSlices: true });
    // Waited for later; a failure meanwhile is not an unhandled rejection.
    reading.catch(() => undefined);
    targets = reading.then((collection) => {
      issues.push(...collection.issues);
      return collection.documents;
    });
  } else {
    const path = positionals[0]!;
    const collection = path !== '-' && (await stat(path).catch(() => undefined))?.isDirectory() ? await readFolder(path, 'source', limit) : await readJsonl(path, limit);
    const split = splitByLanguage(collection.documents);
    sources = split.nb;
    targets = split.en;
    jobs = jobsFor(sources.length + targets.length);
    issues.push(...collection.issues, ...split.issues);
  }
  // Fingerprinting every document, then verifying every source's candidates: one step each.
  const progress = io.isTTY && values.quiet !== true ? createProgress('pairing', 'steps', { write: io.status }) : undefined;
  const result = await pairInParallel(
    sources,
    targets,
    {
      sourceLang,
      targetLang,
      ...(threshold === undefined ? {} : { threshold }),
      ...(progress === undefined ? {} : { onProgress: (done: number, total: number) => progress.update(done, total) }),
    },
    jobs,
    limits,
  );
  const targetDocuments = await targets;
  if (sources.length === 0 && targetDocuments.length === 0) io.warn('no documents found');
  progress?.end();
  result.issues.unshift(...issues);
  if (typeof values.align === 'string') await writeAlignments(values.align, result, sources, targetDocuments, sourceLang, targetLang);
  await writeOutput(typeof values.output === 'string' ? values.output : '-', format === 'json' ? JSON.stringify(result, null, 2) + '\n' : toTsv(result), io);
  return 0;
}

/**
 * One pair per line. Names are escaped as the TSV alignment format escapes text (`\t`, `\n`, `\r`,
 * `\\`), so a file name with a tab or a line break cannot add a column or a row.
 */
const NAME_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const name = (id: string) => id.replace(/[\\\t\n\r]/g, (char) => NAME_ESCAPES[char]!);

function toTsv(result: PairingResult): string {
  const rows = ['source\ttarget\tscore'];
  for (const pair of result.pairs) rows.push(`${name(pair.source)}\t${name(pair.target)}\t${pair.score}`);
  for (const group of result.groups) rows.push(`${group.sources.map(name).join('+')}\t${name(group.target)}\t${group.score}`);
  for (const id of result.unpaired.source) rows.push(`${name(id)}\t\t`);
  for (const id of result.unpaired.target) rows.push(`\t${name(id)}\t`);
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
    // File names come from document ids, which are input data: whitelisted, never a path.
    const base = insideFolder(folder, `${safeNamePart(pair.source)}__${safeNamePart(pair.target)}`);
    await writeOutput(`${base}.beads`, formatBeads(alignment.beads));
    await writeOutput(`${base}.check.json`, JSON.stringify({ findings: report.findings, summary: report.summary }, null, 2) + '\n');
  }
}

/** The values of settled promises, or the first rejection in their order (not in the order they failed). */
function inOrder<T extends unknown[]>(results: { [K in keyof T]: PromiseSettledResult<T[K]> }): T {
  for (const result of results) if (result.status === 'rejected') throw result.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as T;
}
