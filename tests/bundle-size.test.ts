import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as library from '../dist/index.js';
import { ROOT } from './helpers/corpus.js';

/** Minified bytes of a browser bundle of `names` from the built package, and the packages in it. */
async function bundle(names: readonly string[]): Promise<{ bytes: number; packages: string[] }> {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))};`, resolveDir: ROOT },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // The inputs that put bytes into the output (metafile.inputs also lists what was parsed and dropped).
  const output = Object.values(result.metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
  const packages = [...new Set(inputs.map((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1]).filter((name): name is string => name !== undefined))].sort();
  return { bytes: result.outputFiles[0]!.contents.length, packages };
}

const names = Object.keys(library).sort();
const sizes = new Map<string, { bytes: number; packages: string[] }>();

describe('the bundle of each public function (dist/index.js, esbuild --minify, browser)', () => {
  it('is measured for every export, and is smaller than the whole library', async () => {
    const whole = await bundle(names);
    for (const name of names) sizes.set(name, await bundle([name]));
    const table = names.map((name) => `${name.padEnd(22)} ${(sizes.get(name)!.bytes / 1024).toFixed(1).padStart(6)} kB  ${sizes.get(name)!.packages.join(', ')}`);
    console.log(`bundle of each export, minified (whole library ${(whole.bytes / 1024).toFixed(1)} kB):\n${table.join('\n')}`);
    for (const name of names) expect(sizes.get(name)!.bytes, name).toBeLessThan(whole.bytes);
  }, 120_000);

  it('tree-shakes: segmentSentences alone is small and brings no dependency', () => {
    const segment = sizes.get('segmentSentences')!;
    // The segmenter alone (about 20 rules and their abbreviation lists) is 16 kB: far below the
    // whole library, and with none of the aligner, the checks or the formats.
    expect(segment.bytes).toBeLessThan(24 * 1024);
    expect(segment.bytes).toBeLessThan(sizes.get('alignSentences')!.bytes / 2);
    expect(segment.packages).toEqual([]);
    expect(sizes.get('BitekstError')!.bytes).toBeLessThan(2 * 1024);
  });

  it('brings saxes (the XML parser) only with the TMX module', () => {
    for (const [name, { packages }] of sizes) {
      if (packages.includes('saxes')) expect(['parseTmx', 'formatTmx'], name).toContain(name);
    }
    expect(sizes.get('parseTmx')!.packages).toContain('saxes');
  });
});
