import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/cli/collection.js';

describe('readRegularFile', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bitekst-collection-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a regular file and refuses one past the limit', () => {
    writeFileSync(join(folder, 'a.txt'), 'Hei.');
    expect(readRegularFile(join(folder, 'a.txt'), 'a.txt', 100)).toEqual(Buffer.from('Hei.'));
    expect(() => readRegularFile(join(folder, 'a.txt'), 'a.txt', 2)).toThrow(expect.objectContaining({ code: 'E_BUDGET' }));
  });

  it('does not follow a link put where a file was listed', () => {
    symlinkSync('/etc/hostname', join(folder, 'link.txt'));
    expect(readRegularFile(join(folder, 'link.txt'), 'link.txt', 1000)).toMatch(/^a symbolic link: not followed/);
  });

  it('does not wait on a FIFO put where a file was listed', (context) => {
    try {
      execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    } catch {
      return context.skip('no mkfifo here');
    }
    // Opened without the flag, reading a FIFO nobody writes to would never end.
    expect(readRegularFile(join(folder, 'pipe.txt'), 'pipe.txt', 1000)).toMatch(/^not a regular file/);
  });
});
