import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus.js';

// Examples import 'bitekst' as a user would; inside this repository the name resolves to the
// package itself (a self-reference through its exports), that is, to the build in dist/.
mkdirSync(join(ROOT, 'tests', '.tmp'), { recursive: true });

function run(example: string, args: string[] = []) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', example), ...args], {
    cwd: join(ROOT, 'tests', '.tmp'),
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('examples', () => {
  it('align-two-texts aligns and leaves the photo credit unaligned', () => {
    const { code, stdout, stderr } = run('align-two-texts.ts');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/only in target\n {2}en │ Photo: NTB/);
  });

  it('check-translation reports the changed number and name and exits 1', () => {
    const { code, stdout } = run('check-translation.ts');
    expect(code).toBe(1);
    expect(stdout).toMatch(/error number: The number 30\.000/);
    expect(stdout).toMatch(/error name: The name Putin/);
  });

  it('pair-a-folder pairs the corpus', () => {
    const { code, stdout } = run('pair-a-folder.ts', [join(ROOT, 'corpus')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^000_559091eebb7a8267\.txt ↔ 003_922ec93c98972236\.txt/);
  });

  it('write-tmx and read-tmx write a TMX file and read it back', () => {
    const file = join(ROOT, 'tests', '.tmp', 'example.tmx');
    expect(run('write-tmx.ts', [file]).stdout).toMatch(/wrote .*example\.tmx: 2 translation units/);
    expect(readFileSync(file, 'utf8')).toContain('<tmx version="1.4">');
    const read = run('read-tmx.ts', [file]);
    expect(read.stdout).toContain('nb: Katten lekte i hagen i 2019.\nen: The cat played in the garden in 2019.');
    expect(run('read-tmx.ts').stdout).toContain('nb-NO: Trykk {1}Lagre.');
  });
});
