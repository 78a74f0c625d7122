import { isBitekstError } from '../errors.js';
import { VERSION } from '../version.js';
import { ALIGN } from './specs/align.js';
import { BATCH } from './specs/batch.js';
import { CHECK } from './specs/check.js';
import { CONVERT } from './specs/convert.js';
import { PAIR } from './specs/pair.js';
import { REPORT } from './specs/report.js';
import { REVISE } from './specs/revise.js';
import { SEGMENT } from './specs/segment.js';
import { WORKBENCH } from './specs/workbench.js';
import { formatCommandHelp, formatMainHelp } from './help.js';
import type { CommandIO } from './io.js';
import type { CommandSpec } from './spec.js';
import { nearest } from './suggest.js';

import { EXIT } from './exit-codes.js';

export { EXIT } from './exit-codes.js';

type Command = (args: string[], io: CommandIO) => Promise<number>;

/**
 * Every command, in the order `bitekst --help` lists them: its spec, and its runner, whose module
 * is loaded only when the command runs (a start-up loads the help tables, not every command's
 * code and dependencies).
 */
export const COMMANDS: readonly { spec: CommandSpec; run: Command }[] = [
  { spec: SEGMENT, run: async (args, io) => (await import('./commands/segment.js')).runSegment(args, io) },
  { spec: ALIGN, run: async (args, io) => (await import('./commands/align.js')).runAlign(args, io) },
  { spec: CHECK, run: async (args, io) => (await import('./commands/check.js')).runCheck(args, io) },
  { spec: REPORT, run: async (args, io) => (await import('./commands/report.js')).runReport(args, io) },
  { spec: CONVERT, run: async (args, io) => (await import('./commands/convert.js')).runConvert(args, io) },
  { spec: REVISE, run: async (args, io) => (await import('./commands/revise.js')).runRevise(args, io) },
  { spec: BATCH, run: async (args, io) => (await import('./commands/batch.js')).runBatch(args, io) },
  { spec: PAIR, run: async (args, io) => (await import('./commands/pair.js')).runPair(args, io) },
  { spec: WORKBENCH, run: async (args, io) => (await import('./commands/workbench.js')).runWorkbench(args, io) },
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
