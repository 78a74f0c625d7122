import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The project's root folder. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** One document of the bundled corpus, as listed in corpus/manifest.json. */
export interface CorpusDocument {
  file: string;
  lang: 'nb' | 'en';
  title: string;
  date?: string;
  text: string;
}

interface Manifest {
  documents: Omit<CorpusDocument, 'text'>[];
  pairs: { source: string; target: string }[];
}

/** The manifest of the bundled corpus. */
export const manifest: Manifest = JSON.parse(readFileSync(join(ROOT, 'corpus', 'manifest.json'), 'utf8'));

/** A corpus document by its three-digit number (`'000'`). */
export function corpusDocument(number: string): CorpusDocument {
  const entry = manifest.documents.find((document) => document.file.startsWith(`${number}_`));
  if (entry === undefined) throw new Error(`no corpus document ${number}`);
  return { ...entry, text: readFileSync(join(ROOT, 'corpus', entry.file), 'utf8') };
}

/** Every document of the corpus. */
export function corpusDocuments(): CorpusDocument[] {
  return manifest.documents.map((document) => corpusDocument(document.file.slice(0, 3)));
}
