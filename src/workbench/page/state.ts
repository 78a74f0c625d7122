import type { Finding, FindingKind, Severity } from '../../types.js';
import type { History } from '../history.js';
import { createCheckCache, type CheckCache } from '../recheck.js';
import type { Session } from '../session.js';

/** The severities of findings, in the order the filters list them. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The page's state: the session and everything derived from it. Only the page's modules touch it. */
export interface State {
  session: Session;
  history: History;
  findings: Finding[];
  byBead: Finding[][];
  cache: CheckCache | undefined;
  current: number;
  kinds: Set<FindingKind>;
  severities: Set<Severity>;
  onlyFindings: boolean;
  /** Bead indices shown, after the filters. */
  visible: number[];
  /** Estimated or measured height of each shown row, by position in `visible`. */
  heights: number[];
}

let state: State | undefined;

/** The session under review, or `undefined` before one is opened. */
export function getState(): State | undefined {
  return state;
}

/** Makes `next` the session under review (a result for an older one compares unequal to it). */
export function setState(next: State): void {
  state = next;
}

/** Whether a finding passes the kind and severity filters. */
export function shown(current: State, finding: Finding): boolean {
  return current.kinds.has(finding.kind) && current.severities.has(finding.severity);
}

/** The re-check's analysis of the sentences, made on first use and kept with the state. */
export function ensureCache(current: State): CheckCache {
  current.cache ??= createCheckCache(current.session);
  return current.cache;
}
