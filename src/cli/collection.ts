import type { DocumentInput, DocumentIssue } from '../types.js';
import type { Dirent } from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BitekstError, isBitekstError } from '../errors.js';
import { DEFAULT_MAX_INPUT_MB, overLimit } from './input-limit.js';
import { decodeText, readTextFile } from './read-input.js';

interface ManifestEntry {
  file: string;
  lang?: string;
  date?: string;
}

/** Documents read from a folder or a JSONL file, and the files that could not be read. */
export interface Collection {
  documents: DocumentInput[];
  issues: DocumentIssue[];
}

/**
 * Reads every regular file of a folder as a document (id: the file name), skipping hidden files.
 * A `manifest.json` in the folder (`{ documents: [{ file, lang, date }] }`, as in `corpus/`) gives
 * languages and dates. What is not read becomes an issue with the reason, and the rest is read:
 * unreadable files, binary data, files past `limit` bytes, empty files, and entries that are not
 * regular files. Symbolic links are not followed (one could point anywhere, `/etc/passwd`
 * included), subfolders are not descended into, and FIFOs and devices are not opened (they may
 * never end); each is reported as such.
 *
 * @throws {BitekstError} `E_INPUT` for a folder that cannot be listed, `E_JSON` for a bad manifest.
 */
export async function readFolder(folder: string, side: 'source' | 'target', limit = DEFAULT_MAX_INPUT_MB * 2 ** 20): Promise<Collection> {
  return readListing(await listFolder(folder), side, limit);
}

/** A folder's entries to read (sorted by name, hidden ones left out) and its manifest. */
export interface FolderListing {
  folder: string;
  entries: Dirent[];
  manifest: ReadonlyMap<string, ManifestEntry>;
}

/**
 * Lists a folder for {@link readListing}: what can fail for the folder as a whole fails here,
 * before any file is read.
 *
 * @throws {BitekstError} `E_INPUT` for a folder that cannot be listed, `E_JSON` for a bad manifest.
 */
export async function listFolder(folder: string): Promise<FolderListing> {
  let entries: Dirent[];
  try {
    entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'expected a folder, found a file' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new BitekstError('E_INPUT', `${folder}: cannot read the folder: ${reason}`, { cause: error });
  }
  const manifest = new Map<string, ManifestEntry>();
  if (entries.some((entry) => entry.name === 'manifest.json' && entry.isFile())) {
    try {
      const parsed = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as { documents?: ManifestEntry[] };
      for (const entry of parsed.documents ?? []) manifest.set(entry.file, entry);
    } catch (error) {
      throw new BitekstError('E_JSON', `${join(folder, 'manifest.json')}: expected { documents: [{ file, lang, date }] }: ${(error as Error).message}`, { cause: error });
    }
  }
  return { folder, entries: entries.filter((entry) => entry.name !== 'manifest.json'), manifest };
}

/** Files read between two turns of the event loop when {@link readListing} is told to yield (`yieldBetweenSlices`). */
const READ_SLICE = 256;

/**
 * The documents of a listed folder (see {@link readFolder}), and the issues of the entries not
 * read. With `yieldBetweenSlices`, it lets the event loop turn after each slice of files, so that a
 * folder can be read while other work (pairing workers' answers) goes on in the same thread.
 */
export async function readListing(listing: FolderListing, side: 'source' | 'target', limit: number, options: { yieldBetweenSlices?: boolean } = {}): Promise<Collection> {
  // Read with the synchronous calls: each asynchronous file read is several round trips to the
  // I/O threads, costlier than the read itself (60k small files from the page cache: 11.4 s
  // one at a time, 5.1 s sixteen at a time, 0.7 s synchronously).
  const documents: DocumentInput[] = [];
  const issues: DocumentIssue[] = [];
  for (let at = 0; at < listing.entries.length; at += 1) {
    if (options.yieldBetweenSlices === true && at > 0 && at % READ_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    const outcome = readEntry(listing.folder, listing.entries[at]!, side, limit, listing.manifest);
    if ('text' in outcome) documents.push(outcome);
    else issues.push(outcome);
  }
  return { documents, issues };
}

/** One folder entry as a document, or the issue that says why it is not one. */
function readEntry(folder: string, entry: Dirent, side: 'source' | 'target', limit: number, manifest: ReadonlyMap<string, ManifestEntry>): DocumentInput | DocumentIssue {
  const name = entry.name;
  const path = join(folder, name);
  try {
    const skipped = entryProblem(entry);
    if (skipped !== undefined) return { id: name, side, reason: skipped };
    const bytes = readRegularFile(path, name, limit);
    if (typeof bytes === 'string') return { id: name, side, reason: bytes };
    const text = decodeText(bytes, path);
    if (text.includes('\u0000')) throw new BitekstError('E_INPUT', `${path}: binary data (NUL bytes)`);
    // Reported here, by its cause, rather than later as a text whose language is unknown.
    if (text.trim() === '') return { id: name, side, reason: 'empty: no text to pair' };
    const listed = manifest.get(name);
    return { id: name, text, ...(listed?.lang ? { lang: listed.lang } : {}), ...(listed?.date ? { date: listed.date } : {}) };
  } catch (error) {
    return { id: name, side, reason: isBitekstError(error) ? error.message.replace(`${path}`, '').replace(`${name}: `, '').replace(/^[: ]+/, '') : `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

const NOT_FOLLOWED = 'a symbolic link: not followed (pair reads the regular files of the folder only; copy the file in instead)';
const NOT_READ = 'not a regular file (a FIFO, a device or a socket): not read';

/** Flags that keep an open from following a link or waiting on a FIFO (0 where the platform has none). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a file the folder listed as regular, or why it is not read. It is checked again on
 * the open file: an entry replaced since the listing by a link (not followed) or a FIFO (never
 * waited on) is reported, not read.
 *
 * @throws {BitekstError} `E_BUDGET` past `limit` bytes.
 */
export function readRegularFile(path: string, name: string, limit: number): Buffer | string {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return NOT_FOLLOWED;
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return NOT_READ;
    if (info.size > limit) throw overLimit(name, limit);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Why a folder entry is not read as a document, or `undefined` for a regular file. */
function entryProblem(entry: Dirent): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink()) return NOT_FOLLOWED;
  if (entry.isDirectory()) return 'a folder: not read (pair does not descend into subfolders)';
  return NOT_READ;
}

/**
 * Reads JSONL records `{ id, lang, text }` (one per line; `-` is standard input); a malformed line
 * is an issue with its line number.
 *
 * @throws {BitekstError} `E_INPUT` for a missing file, a directory or bytes that are not text.
 */
export async function readJsonl(path: string, limit = DEFAULT_MAX_INPUT_MB * 2 ** 20): Promise<Collection> {
  const text = await readTextFile(path, limit);
  const documents: DocumentInput[] = [];
  const issues: DocumentIssue[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const record = JSON.parse(line) as { id?: unknown; lang?: unknown; text?: unknown; date?: unknown };
      if (typeof record.id !== 'string' || typeof record.text !== 'string') throw new Error('expected { id, lang, text }');
      documents.push({
        id: record.id,
        text: record.text,
        ...(typeof record.lang === 'string' ? { lang: record.lang } : {}),
        ...(typeof record.date === 'string' ? { date: record.date } : {}),
      });
    } catch (error) {
      issues.push({ id: `${basename(path)}:${index + 1}`, side: 'source', reason: `line ${index + 1}: ${(error as Error).message}` });
    }
  });
  return { documents, issues };
}
