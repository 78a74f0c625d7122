import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus.js';

/** Every source file outside `src/cli/` (the library that also runs in browsers). */
function coreFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : coreFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the core library', () => {
  it('imports nothing from node: and reads no process state (it runs in browsers, and its results depend on its input alone)', () => {
    const offenders = coreFiles().filter((file) => /from 'node:|\bprocess\.|\brequire\(/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
