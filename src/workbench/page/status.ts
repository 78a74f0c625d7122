/// <reference lib="dom" />
import { isBitekstError } from '../../errors.js';
import { byId } from './dom.js';

/** Shows a message in the page's status line; `error` styles it as a failure. */
export function setStatus(message: string, error = false): void {
  const status = byId('status');
  status.textContent = message;
  status.classList.toggle('error', error);
}

/**
 * Words for a failure in the status line: a library error with its code, anything else as
 * unexpected (a bug), so that the translator can tell bad input from a fault of the page.
 */
export function describeError(error: unknown): string {
  return isBitekstError(error) ? `${error.message} (${error.code})` : `unexpected error: ${String((error as Error)?.message ?? error)}`;
}
