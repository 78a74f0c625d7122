import { writeFailure } from './output.js';

/** Where a command writes: injected so commands can be tested without a process. */
export interface CommandIO {
  /** Writes to standard output. */
  out(text: string): void;
  /** A message on standard error, prefixed `bitekst:`. */
  warn(text: string): void;
  /** Raw text on standard error (a progress line). */
  status(text: string): void;
  /** Whether standard error is a terminal (progress lines). */
  isTTY: boolean;
  /** Whether to colour what goes to standard output (see `useColor`). */
  color: boolean;
}

/** The process's own standard output and error. */
export function createProcessIO(color: boolean): CommandIO {
  return {
    out: (text) => void process.stdout.write(text),
    warn: (text) => void process.stderr.write(`bitekst: ${text}\n`),
    status: (text) => void process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    color,
  };
}

/**
 * Ends the process quietly when the reader of standard output goes away (`bitekst segment big.txt
 * | head -1`), as `cat` and `grep` do, instead of an unhandled EPIPE: nobody is left to read what
 * remains, so there is nothing to report. Exit 0, as ripgrep does. Any other write error (a full
 * disk behind `> file`, `> /dev/full`) is reported in words and exits 3, the code of an output
 * that cannot be written.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`bitekst: ${writeFailure('standard output', error)}\n`);
    process.exit(3);
  });
}
