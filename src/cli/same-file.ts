import { stat } from 'node:fs/promises';
import { BitekstError } from '../errors.js';

/**
 * Refuses a command line whose output would overwrite one of its inputs (`batch in.jsonl -o
 * in.jsonl`, or through a symbolic or hard link): the input would be lost before it was read.
 * Files are compared by device and inode, so every name of a file counts as that file. `-` (a
 * stream) and outputs that do not exist yet cannot be an input.
 *
 * @throws {BitekstError} `E_USAGE`, naming the two paths.
 */
export async function refuseOutputOverInput(inputs: readonly string[], outputs: readonly string[]): Promise<void> {
  const identity = async (path: string) => {
    if (path === '-') return undefined;
    const info = await stat(path).catch(() => undefined);
    return info === undefined ? undefined : `${info.dev}:${info.ino}`;
  };
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const key = await identity(input);
    if (key !== undefined) seen.set(key, input);
  }
  for (const output of outputs) {
    const key = await identity(output);
    const input = key === undefined ? undefined : seen.get(key);
    if (input !== undefined) {
      throw new BitekstError('E_USAGE', `${output}: is the input ${input}${input === output ? '' : ' (the same file under another name)'}; writing it would destroy the input: choose another output`);
    }
  }
}
