import { isBitekstError } from '../errors.js';
import { VERSION } from '../version.js';
import { ALIGN_USAGE, runAlign } from './commands/align.js';
import { CHECK_USAGE, runCheck } from './commands/check.js';
import { PAIR_USAGE, runPair } from './commands/pair.js';
import { REPORT_USAGE, runReport } from './commands/report.js';
import { CONVERT_USAGE, runConvert } from './commands/convert.js';
import { REVISE_USAGE, runRevise } from './commands/revise.js';
import { BATCH_USAGE, runBatch } from './commands/batch.js';
import { runSegment, SEGMENT_USAGE } from './commands/segment.js';
import { processIO, type CommandIO } from './io.js';

/** Exit codes: 0 ok, 1 findings at or above `--fail-on`, 2 usage, 3 bad input, 4 internal error. */
export const EXIT = { ok: 0, findings: 1, usage: 2, input: 3, internal: 4 } as const;

type Command = (args: string[], io: CommandIO) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string; summary: string }> = {
  segment: { run: runSegment, usage: SEGMENT_USAGE, summary: 'split a text into sentences' },
  align: { run: runAlign, usage: ALIGN_USAGE, summary: 'align two texts sentence by sentence' },
  check: { run: runCheck, usage: CHECK_USAGE, summary: 'report where a translation departs from its source' },
  report: { run: runReport, usage: REPORT_USAGE, summary: 'write the HTML report of a translation' },
  convert: { run: runConvert, usage: CONVERT_USAGE, summary: 'convert an alignment between exchange formats' },
  revise: { run: runRevise, usage: REVISE_USAGE, summary: 'say which translated sentences are stale after a source revision' },
  batch: { run: runBatch, usage: BATCH_USAGE, summary: 'align and check every record of a JSONL corpus, on every core' },
  pair: { run: runPair, usage: PAIR_USAGE, summary: 'find which documents translate which, and which have none' },
};

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(9)} ${command.summary}\n      ${command.usage}`);
  return `bitekst ${VERSION}: Norwegian–English parallel text\n\nusage: bitekst COMMAND [options]\n\ncommands:\n${lines.join('\n')}\n\noptions:\n  --help     show this help\n  --version  print the version\n\nexit codes: 0 ok, 1 findings (--fail-on), 2 usage error, 3 bad input\n`;
}

/** Runs the command line `args` (without `node` and the script) and returns the exit code. */
export async function main(args: string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.warn(`unknown command "${name}"; run bitekst --help`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`usage: ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isBitekstError(error)) {
      io.warn(error.message);
      return error.code === 'E_USAGE' ? EXIT.usage : EXIT.input;
    }
    io.warn(`internal error: ${(error as Error).stack ?? String(error)}`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
