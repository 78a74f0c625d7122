import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus.js';

// Packs the package as `npm publish` would and installs the tarball into a fresh project.
const project = mkdtempSync(join(tmpdir(), 'bitekst-user-'));
let files: string[] = [];

beforeAll(() => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8' })) as [{ filename: string; files: { path: string }[] }];
  files = packed[0].files.map((entry) => entry.path).sort();
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, packed[0].filename)], { cwd: project, stdio: 'ignore' });
}, 180_000);

describe('the published package', () => {
  it('holds dist, types, the JSON Schema, README, LICENSE and package.json only', () => {
    expect(files.every((path) => /^(dist\/|schema\/|README\.md$|LICENSE$|package\.json$)/.test(path)), files.join(', ')).toBe(true);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'schema/alignment.schema.json']));
  });

  it('works from ESM import', () => {
    writeFileSync(join(project, 'esm.mjs'), "import { segmentSentences } from 'bitekst';\nconsole.log(segmentSentences('Det var bl.a. NRK. Ja.', { lang: 'nb' }).length);\n");
    expect(execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' })).toBe('2\n');
  });

  it('works from CommonJS require', () => {
    writeFileSync(join(project, 'cjs.cjs'), "const { extractNumbers } = require('bitekst');\nconsole.log(extractNumbers('30.000', { lang: 'nb' })[0].value);\n");
    expect(execFileSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' })).toBe('30000\n');
  });

  it('installs the bitekst command', () => {
    expect(readdirSync(join(project, 'node_modules', '.bin'))).toContain('bitekst');
    expect(execFileSync(join(project, 'node_modules', '.bin', 'bitekst'), ['--version'], { cwd: project, encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+/);
  });
});
