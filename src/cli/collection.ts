import type { DocumentInput, DocumentIssue } from '../types.js';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BitekstError, isBitekstError } from '../errors.js';
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
 * languages and dates. Unreadable files and binary data become issues with the reason; the rest
 * is read.
 */
export async function readFolder(folder: string, side: 'source' | 'target'): Promise<Collection> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'expected a folder, found a file' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new BitekstError('E_INPUT', `${folder}: cannot read the folder: ${reason}`, { cause: error });
  }
  const manifest = new Map<string, ManifestEntry>();
  if (names.includes('manifest.json')) {
    try {
      const parsed = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as { documents?: ManifestEntry[] };
      for (const entry of parsed.documents ?? []) manifest.set(entry.file, entry);
    } catch (error) {
      throw new BitekstError('E_JSON', `${join(folder, 'manifest.json')}: expected { documents: [{ file, lang, date }] }: ${(error as Error).message}`, { cause: error });
    }
  }
  const documents: DocumentInput[] = [];
  const issues: DocumentIssue[] = [];
  for (const name of names.filter((file) => file !== 'manifest.json')) {
    const path = join(folder, name);
    try {
      if (!(await stat(path)).isFile()) continue;
      const text = decodeText(await readFile(path), path);
      if (text.includes('\u0000')) throw new BitekstError('E_INPUT', `${path}: binary data (NUL bytes)`);
      const entry = manifest.get(name);
      documents.push({ id: name, text, ...(entry?.lang ? { lang: entry.lang } : {}), ...(entry?.date ? { date: entry.date } : {}) });
    } catch (error) {
      issues.push({ id: name, side, reason: isBitekstError(error) ? error.message.replace(`${path}`, '').replace(/^[: ]+/, '') : `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    }
  }
  return { documents, issues };
}

/**
 * Reads JSONL records `{ id, lang, text }` (one per line; `-` is standard input); a malformed line
 * is an issue with its line number.
 *
 * @throws {BitekstError} `E_INPUT` for a missing file, a directory or bytes that are not text.
 */
export async function readJsonl(path: string): Promise<Collection> {
  const text = await readTextFile(path);
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
