/** Where a command writes: injected so commands can be tested without a process. */
export interface CommandIO {
  out(text: string): void;
  warn(text: string): void;
  /** Whether standard error is a terminal (progress bars). */
  isTTY: boolean;
}

/** The process's own standard output and error. */
export const processIO: CommandIO = {
  out: (text) => void process.stdout.write(text),
  warn: (text) => void process.stderr.write(`bitekst: ${text}\n`),
  isTTY: Boolean(process.stderr.isTTY),
};
