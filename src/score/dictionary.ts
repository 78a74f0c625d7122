import { BitekstError } from '../errors.js';
import { textArgument } from '../options.js';

/** A bilingual dictionary entry: a source word or phrase and its target translation. */
export interface DictionaryEntry {
  source: string;
  target: string;
}

/**
 * Reads a bilingual dictionary in hunalign's format (`target @ source`, one entry per line,
 * as in hunalign's `hu-en.dic`) or as TSV (`source<TAB>target`). Blank lines and lines starting
 * with `#` are skipped. Multi-word entries are kept; the aligner uses their single words.
 *
 * @throws {BitekstError} `E_TSV` with the line number for a line that is neither format.
 */
export function parseDictionary(text: string): DictionaryEntry[] {
  textArgument(text, 'text', 'parseDictionary');
  const entries: DictionaryEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.includes('\t')) {
      const [source, target] = line.split('\t').map((part) => part.trim());
      if (source && target) return void entries.push({ source, target });
    } else {
      const at = line.indexOf(' @ ');
      if (at > 0) return void entries.push({ source: line.slice(at + 3).trim(), target: line.slice(0, at).trim() });
    }
    throw new BitekstError('E_TSV', `dictionary at line ${index + 1}: expected "target @ source" or "source<TAB>target", found "${line.slice(0, 60)}"`, {
      line: index + 1,
      column: 1,
    });
  });
  return entries;
}
