import { constants } from 'node:os';
import type { CommandIO } from './io.js';

/** A run's response to Ctrl-C and SIGTERM. */
export interface Interrupt {
  /** Whether a signal asked the run to stop. */
  readonly stopping: boolean;
  /** The exit code to stop with: 128 + the signal's number. */
  readonly code: number;
  /** Removes the handlers. */
  dispose(): void;
}

/**
 * Makes SIGINT and SIGTERM stop a long run cleanly: the first asks it to stop reading and finish
 * the records in progress, so that its partial output ends on a complete record and can be
 * resumed; a second ends the process at once (a record in progress is then redone on resume).
 */
export function createInterrupt(io: CommandIO): Interrupt {
  let signal: NodeJS.Signals | undefined;
  const code = () => 128 + (signal === undefined ? 0 : constants.signals[signal]);
  const handle = (received: NodeJS.Signals) => {
    if (signal !== undefined) process.exit(code());
    signal = received;
    io.warn(`${received}: finishing the records in progress, then stopping (again to stop at once)`);
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return {
    get stopping() {
      return signal !== undefined;
    },
    get code() {
      return code();
    },
    dispose() {
      process.off('SIGINT', handle);
      process.off('SIGTERM', handle);
    },
  };
}
