import { rename, writeFile } from 'node:fs/promises';
import { BitekstError } from '../errors.js';

/**
 * Writes `content` to `path` whole or not at all: into a temporary file beside it, then renamed,
 * so that an interrupted run never leaves a partial file that looks complete.
 *
 * @throws {BitekstError} `E_INPUT` when the file cannot be written (a missing folder, no permission).
 */
export async function writeOutput(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    throw new BitekstError('E_INPUT', `${path}: cannot write: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
}
