import { createHash } from 'node:crypto';
import { relative, resolve, isAbsolute, join } from 'node:path';
import { BitekstError } from '../errors.js';

/** The longest file-name part built from one id, before its hash (file systems allow 255 bytes). */
const MAX_PART = 80;

/**
 * A file-name part built from input data (a document or record id), by a whitelist: letters and
 * digits of any script, `.`, `_` and `-` are kept, anything else (a path separator, `..`, NUL,
 * a control character, a space) becomes `_`, and a leading dot is replaced so that no name is
 * hidden or climbs out of its folder. A changed or shortened id gets 8 hex digits of its SHA-256,
 * so two ids never share a file.
 */
export function safeNamePart(id: string): string {
  let part = id.normalize('NFC').replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\./, '_');
  if (part.length > MAX_PART) part = part.slice(0, MAX_PART);
  if (part === id && part !== '') return part;
  return `${part}-${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

/**
 * `folder/name`, after checking that it stays inside `folder`: a last guard behind
 * {@link safeNamePart}, so that no input can make bitekst write elsewhere.
 *
 * @throws {BitekstError} `E_INPUT` for a name that would leave the folder.
 */
export function insideFolder(folder: string, name: string): string {
  const path = join(folder, name);
  const inside = relative(resolve(folder), resolve(path));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.includes('/') || inside.includes('\\')) {
    throw new BitekstError('E_INPUT', `${JSON.stringify(name)}: a file name built from the input would leave ${folder}; refused`);
  }
  return path;
}
