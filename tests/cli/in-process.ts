import { main } from '../../src/cli/run.js';
import type { CliResult } from '../helpers/cli.js';

/**
 * Runs a command line in this process, through the same `main` the built `bitekst` runs, with
 * standard output and error captured as the process would print them (`bitekst: ` before each
 * message). Much faster than a process per case; what needs a real process (standard input, a
 * closed pipe, the environment) is tested through `runCli`.
 */
export async function runInProcess(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => void (stdout += text),
    warn: (text) => void (stderr += `bitekst: ${text}\n`),
    status: (text) => void (stderr += text),
    isTTY: false,
    color: false,
  });
  return { code, stdout, stderr };
}
