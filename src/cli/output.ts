import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BitekstError } from '../errors.js';
import type { CommandIO } from './io.js';
import { refuseOutputOverInput } from './same-file.js';

/** Why a file could not be written, in words a user can act on. */
export function writeFailure(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: `the folder ${dirname(path)} does not exist`,
    ENOTDIR: `a part of ${dirname(path)} is a file, not a folder`,
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file would pass the file-size limit (ulimit -f)',
  };
  return `${path}: cannot write: ${(code !== undefined && reasons[code]) || String((error as Error).message ?? error)}`;
}

/**
 * Writes `content` to `path` whole or not at all: into a temporary file beside it, then renamed,
 * so that an interrupted run never leaves a partial file that looks complete. `-` is standard output.
 * A path that names one of `inputs` (the files the command read) is refused.
 *
 * @throws {BitekstError} `E_INPUT` when the file cannot be written (a missing folder, no permission);
 * `E_USAGE` when it is one of `inputs`.
 */
export async function writeOutput(path: string, content: string, io?: CommandIO, inputs: readonly string[] = []): Promise<void> {
  if (path === '-' && io !== undefined) {
    io.out(content);
    return;
  }
  await refuseOutputOverInput(inputs, [path]);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new BitekstError('E_INPUT', writeFailure(path, error), { cause: error });
  }
}
