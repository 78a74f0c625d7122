import { rename, rm, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
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
 * Writes `content` (a string, or pieces streamed as they come) to `path` whole or not at all: into a temporary file beside it, then renamed,
 * so that an interrupted run never leaves a partial file that looks complete. `-` is standard output.
 * A path that names one of `inputs` (the files the command read) is refused.
 *
 * @throws {BitekstError} `E_INPUT` when the file cannot be written (a missing folder, no permission);
 * `E_USAGE` when it is one of `inputs`.
 */
export async function writeOutput(path: string, content: string | Iterable<string>, io?: CommandIO, inputs: readonly string[] = []): Promise<void> {
  if (path === '-' && io !== undefined) {
    for (const piece of batched(content)) io.out(piece);
    return;
  }
  await refuseOutputOverInput(inputs, [path]);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    if (typeof content === 'string') await writeFile(temporary, content);
    else await writeFile(temporary, Readable.from(batched(content)));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new BitekstError('E_INPUT', writeFailure(path, error), { cause: error });
  }
}

/** Pieces of output joined into blocks of about 1 MB: few writes, and never one huge string. */
function* batched(content: string | Iterable<string>): Generator<string> {
  if (typeof content === 'string') {
    yield content;
    return;
  }
  let block = '';
  for (const piece of content) {
    block += piece;
    if (block.length >= 2 ** 20) {
      yield block;
      block = '';
    }
  }
  if (block !== '') yield block;
}
