import { checkDivergences } from '../check/divergences.js';
import { formatJson } from '../formats/json.js';
import { formatMoses } from '../formats/moses.js';
import { formatTmx } from '../formats/tmx.js';
import { formatTsv } from '../formats/tsv.js';
import { formatSession } from './session-file.js';
import { sessionAlignment, type Session } from './session.js';

/** What the workbench exports. */
export const EXPORT_FORMATS = ['tmx', 'tsv', 'moses', 'json', 'session'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The export options: those of `bitekst align --format tmx`, with the same defaults. */
export interface ExportOptions {
  /**
   * TMX: leave out pairs whose bead score is below this (`--min-score`).
   * @default 0.5
   */
  minScore?: number;
  /**
   * TMX: also write sentences with no counterpart (`--include-unaligned`).
   * @default false
   */
  includeUnaligned?: boolean;
  /** TMX: the language codes to write (`--tmx-lang nb-NO,en-GB`). */
  languages?: { source: string; target: string };
  /**
   * TMX: the header's `creationdate` (the CLI writes now, or SOURCE_DATE_EPOCH's).
   * @default now
   */
  creationDate?: Date;
  /**
   * Leave the dismissed findings out of the findings written (TMX props, TSV, JSON). Off by
   * default: the CLI knows nothing of dismissals, and with this off every export is
   * byte-identical to what the CLI writes for the same beads.
   * @default false
   */
  leaveOutDismissed?: boolean;
}

/** One file to save. */
export interface ExportFile {
  name: string;
  /** The MIME type a browser saves it with. */
  type: string;
  text: string;
}

/** A file name's stem: `artikkel.txt` → `artikkel`. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/\.[^.]+$/, '');
  return stem === '' ? 'alignment' : stem;
}

/**
 * The session's beads in an exchange format, by the same library calls as the CLI's
 * `writeAlignment` (src/cli/render.ts): the findings of `checkDivergences(alignment)`, then
 * `formatTmx`/`formatTsv`/`formatJson`/`formatMoses`. So an export is byte-identical to what
 * `bitekst convert --from json` writes from the saved session (a browser test compares them).
 * Moses gives two files; `session` is the saved session (see `formatSession`).
 */
export function exportSession(session: Session, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  const stem = fileStem(session.names.source);
  if (format === 'session') return [{ name: `${stem}.session.json`, type: 'application/json', text: formatSession(session) }];
  const alignment = sessionAlignment(session);
  if (format === 'moses') {
    const { source, target } = formatMoses(alignment);
    return [
      { name: `${stem}.${alignment.sourceLang}`, type: 'text/plain', text: source },
      { name: `${stem}.${alignment.targetLang}`, type: 'text/plain', text: target },
    ];
  }
  const findings = checkDivergences(alignment, options.leaveOutDismissed === true ? { suppress: session.suppressions } : {}).findings;
  if (format === 'tsv') return [{ name: `${stem}.tsv`, type: 'text/tab-separated-values', text: formatTsv(alignment, { findings }) }];
  if (format === 'json') return [{ name: `${stem}.json`, type: 'application/json', text: formatJson(alignment, { findings }) }];
  const text = formatTmx(alignment, {
    findings,
    minScore: options.minScore ?? 0.5,
    unaligned: options.includeUnaligned === true,
    creationDate: options.creationDate ?? new Date(),
    ...(options.languages === undefined ? {} : { languages: options.languages }),
  });
  return [{ name: `${stem}.tmx`, type: 'application/x-tmx+xml', text }];
}
