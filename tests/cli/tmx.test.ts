import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTmx } from '../../src/index.js';
import { ROOT } from '../helpers/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-tmx-'));
const pair = ['corpus/000_559091eebb7a8267.txt', 'corpus/003_922ec93c98972236.txt'];
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const written = new Map<string, string>();
const tmx = (args: string[] = [], env: Record<string, string> = {}) => {
  const key = JSON.stringify([args, env]);
  if (written.has(key)) return written.get(key)!;
  const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'align', ...pair, '--format', 'tmx', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  expect(result.stderr).toBe('');
  written.set(key, result.stdout);
  return result.stdout;
};
const units = (text: string) => [...text.matchAll(/<tu tuid="\d+">([\s\S]*?)<\/tu>/g)].map((match) => match[1]!);
const beads = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'align', ...pair], { cwd: ROOT, encoding: 'utf8' })
  .stdout.trim()
  .split('\n')
  .map((line) => /^\[([\d,]*)\]:\[([\d,]*)\]:([\d.]+)$/.exec(line)!)
  .map((match) => ({ twoSided: match[1] !== '' && match[2] !== '', score: Number(match[3]) }));

describe('bitekst align --format tmx, for a translation memory', () => {
  it('leaves out one-language units and pairs scored below 0.5 by default', () => {
    const written = units(tmx());
    expect(written.length).toBe(beads.filter((bead) => bead.twoSided && bead.score >= 0.5).length);
    expect(written.length).toBeGreaterThan(10);
    for (const unit of written) expect(unit.match(/<tuv /g)).toHaveLength(2);
  });

  it('keeps every bead with --include-unaligned --min-score 0, and only the surest with --min-score 0.99', () => {
    expect(units(tmx(['--include-unaligned', '--min-score', '0']))).toHaveLength(beads.length);
    expect(units(tmx(['--include-unaligned', '--min-score', '0'])).filter((unit) => unit.match(/<tuv /g)!.length === 1)).toHaveLength(18);
    expect(units(tmx(['--min-score', '0.99']))).toHaveLength(beads.filter((bead) => bead.twoSided && bead.score >= 0.99).length);
  });

  it('writes the header a CAT tool reads: creationdate, creationtool(version), srclang, o-tmf; the score as a prop', () => {
    const text = tmx([], { SOURCE_DATE_EPOCH: '1764624000' });
    const header = /<header ([^>]*)\/>/.exec(text)![1]!;
    expect(header).toContain('creationdate="20251201T212000Z"');
    expect(header).toContain(`creationtool="bitekst" creationtoolversion="${version}"`);
    expect(header).toContain('srclang="nb"');
    expect(header).toContain('o-tmf="bitekst"');
    expect(header).toContain('segtype="sentence"');
    for (const unit of units(text)) expect(unit).toMatch(/<prop type="x-bitekst-score">(0\.[5-9]\d*|1)<\/prop>/);
    expect(/creationdate="(\d{8}T\d{6}Z)"/.exec(tmx())![1]).toMatch(/^20\d{6}T\d{6}Z$/);
  });

  it('writes region-qualified codes on request, and reads back the same pairs', () => {
    const text = tmx(['--tmx-lang', 'nb-NO,en-GB']);
    expect(text).toContain('srclang="nb-NO"');
    expect(text.match(/xml:lang="nb-NO"/g)!.length).toBe(units(text).length);
    expect(text.match(/xml:lang="en-GB"/g)!.length).toBe(units(text).length);
    const back = parseTmx(text);
    expect([back.sourceLang, back.targetLang]).toEqual(['nb-NO', 'en-GB']);
    expect(back.beads).toHaveLength(units(text).length);
  });
});

// A strict TMX 1.4b reader: xmllint with the TMX 1.4b DTD (.ci/run installs both: libxml2-utils,
// and the DTD from Debian's omegat package; TMX_DTD names another copy).
const dtd = process.env.TMX_DTD ?? join(ROOT, '.ci', 'tmx', 'tmx14.dtd');
const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
const missing = !xmllint ? 'xmllint (Debian: libxml2-utils)' : !existsSync(dtd) ? `the TMX 1.4b DTD at ${dtd} (.ci/run fetches it; or set TMX_DTD)` : undefined;
if (missing !== undefined) console.warn(`tests/cli/tmx.test.ts: DTD validation skipped: no ${missing}`);
const validate = (text: string, name: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return spawnSync('xmllint', ['--noout', '--dtdvalid', dtd, file], { encoding: 'utf8' });
};

describe.skipIf(missing !== undefined)('TMX against the TMX 1.4b DTD (xmllint --dtdvalid)', () => {
  it('accepts what bitekst writes, in every mode', () => {
    for (const [name, args] of [['default.tmx', []], ['all.tmx', ['--include-unaligned', '--min-score', '0']], ['regions.tmx', ['--tmx-lang', 'nb-NO,en-GB']]] as const) {
      const result = validate(tmx([...args]), name);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });

  it('refuses a file that breaks the DTD (the check can fail)', () => {
    const broken = tmx().replace(/ srclang="nb"/, '').replace('<prop type="x-bitekst-score">', '<prop>');
    const result = validate(broken, 'broken.tmx');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/srclang/);
    expect(result.stderr).toMatch(/type/);
  });
});
