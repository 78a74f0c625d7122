import { checkDivergences } from '../check/divergences.js';
import { BitekstError } from '../errors.js';
import { formatJson, parseJson } from '../formats/json.js';
import type { Alignment } from '../types.js';
import { createSession, sessionAlignment, type Session } from './session.js';

/** The marker of the workbench's own member in a saved session. */
export const SESSION_FORMAT = 'bitekst-workbench/1';

/** What a saved session adds to bitekst's alignment JSON, under the member `workbench`. */
export interface SessionRecord {
  format: typeof SESSION_FORMAT;
  names: { source: string; target: string };
  /** Indices of the beads a translator corrected or confirmed. */
  fixed: number[];
  /** Dismissed findings' ids (use them with `bitekst check --suppress ID`). */
  suppressions: string[];
  accepted: string[];
}

/**
 * A saved session: exactly the JSON that `bitekst align --format json` writes for the session's
 * beads (formatJson with checkDivergences's findings), plus a `workbench` member with what the
 * translator decided. `bitekst convert --from json` reads it as any alignment JSON (the extra
 * member is ignored), and {@link parseSession} reopens it exactly.
 */
export function formatSession(session: Session): string {
  const alignment = sessionAlignment(session);
  const document = JSON.parse(formatJson(alignment, { findings: checkDivergences(alignment).findings })) as Record<string, unknown>;
  const record: SessionRecord = {
    format: SESSION_FORMAT,
    names: session.names,
    fixed: session.beads.flatMap((bead, index) => (bead.fixed ? [index] : [])),
    suppressions: [...session.suppressions],
    accepted: [...session.accepted],
  };
  return JSON.stringify({ ...document, workbench: record }, null, 2) + '\n';
}

function stringList(value: unknown, path: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw new BitekstError('E_JSON', `JSON at ${path}: expected an array of strings, found ${JSON.stringify(value)?.slice(0, 60)}`);
  return value as string[];
}

/**
 * Reads a saved session, or any bitekst alignment JSON (a session with nothing decided yet).
 *
 * @throws {BitekstError} `E_JSON` with the path of the first problem, as `parseJson`; `E_INPUT`
 * for sentence text the input rule refuses.
 */
export function parseSession(text: string, names: { source?: string; target?: string } = {}): Session {
  const alignment: Alignment = parseJson(text);
  const raw = (JSON.parse(text) as { workbench?: unknown }).workbench;
  if (raw === undefined) return createSession(alignment, names);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SESSION_FORMAT) {
    throw new BitekstError('E_JSON', `JSON at workbench.format: expected "${SESSION_FORMAT}", found ${JSON.stringify((raw as { format?: unknown } | null)?.format)?.slice(0, 60)}`);
  }
  const record = raw as Partial<SessionRecord>;
  const fixed = record.fixed ?? [];
  if (!Array.isArray(fixed)) throw new BitekstError('E_JSON', 'JSON at workbench.fixed: expected an array of bead indices');
  fixed.forEach((index, at) => {
    if (!Number.isInteger(index) || index < 0 || index >= alignment.beads.length) throw new BitekstError('E_JSON', `JSON at workbench.fixed[${at}]: expected a bead index below ${alignment.beads.length}, found ${JSON.stringify(index)}`);
  });
  const saved = record.names;
  const session = createSession(alignment, {
    source: typeof saved?.source === 'string' ? saved.source : names.source,
    target: typeof saved?.target === 'string' ? saved.target : names.target,
  } as { source?: string; target?: string });
  const fixedSet = new Set(fixed);
  return {
    ...session,
    beads: session.beads.map((bead, index) => ({ ...bead, fixed: fixedSet.has(index) })),
    suppressions: stringList(record.suppressions, 'workbench.suppressions'),
    accepted: stringList(record.accepted, 'workbench.accepted'),
  };
}
