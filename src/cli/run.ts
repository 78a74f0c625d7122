import { isBitekstError } from '../errors.js';
import { VERSION } from '../version.js';
import { ALIGN, runAlign } from './commands/align.js';
import { BATCH, runBatch } from './commands/batch.js';
import { CHECK, runCheck } from './commands/check.js';
import { CONVERT, runConvert } from './commands/convert.js';
import { PAIR, runPair } from './commands/pair.js';
import { REPORT, runReport } from './commands/report.js';
import { REVISE, runRevise } from './commands/revise.js';
import { runSegment, SEGMENT } from './commands/segment.js';
import { runWorkbench, WORKBENCH } from './commands/workbench.js';
import { formatCommandHelp, formatMainHelp } from './help.js';
import type { CommandIO } from './io.js';
import type { CommandSpec } from './spec.js';
import { nearest } from './suggest.js';

import { EXIT } from './exit-codes.js';

export { EXIT } from './exit-codes.js';

type Command = (args: string[], io: CommandIO) => Promise<number>;

/** Every command, in the order `bitekst --help` lists them. */
export const COMMANDS: readonly { spec: CommandSpec; run: Command }[] = [
  { spec: SEGMENT, run: runSegment },
  { spec: ALIGN, run: runAlign },
  { spec: CHECK, run: runCheck },
  { spec: REPORT, run: runReport },
  { spec: CONVERT, run: runConvert },
  { spec: REVISE, run: runRevise },
  { spec: BATCH, run: runBatch },
  { spec: PAIR, run: runPair },
  { spec: WORKBENCH, run: runWorkbench },
];

/** The arguments before `--`, where options are read. */
export const optionPart = (args: readonly string[]) => (args.includes('--') ? args.slice(0, args.indexOf('--')) : args);

/** Runs the command line `args` (without `node` and the script) and returns the exit code. */
export async function main(args: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = args;
  const specs = COMMANDS.map((command) => command.spec);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((command) => command.spec.name === rest[0]) : undefined;
    io.out(topic === undefined ? formatMainHelp(VERSION, specs) : formatCommandHelp(topic.spec));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.spec.name === name);
  if (command === undefined) {
    const guess = nearest(name, specs.map((spec) => spec.name));
    io.warn(`unknown command "${name}"${guess === undefined ? '' : `; did you mean "${guess}"?`}\nrun "bitekst --help" for the commands`);
    return EXIT.usage;
  }
  if (optionPart(rest).some((arg) => arg === '--help' || arg === '-h')) {
    io.out(formatCommandHelp(command.spec));
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isBitekstError(error)) {
      io.warn(error.message);
      // A worker that stopped, or a bug, is not the input's fault.
      if (error.code === 'E_WORKER' || error.code === 'E_INTERNAL') return EXIT.internal;
      return error.code === 'E_USAGE' ? EXIT.usage : EXIT.input;
    }
    io.warn(`internal error: ${(error as Error).stack ?? String(error)}`);
    return EXIT.internal;
  }
}
