import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { defineConfig } from 'tsup';
import { workbenchHtml } from './src/workbench/page/template.js';

// Every module that src/index.ts re-exports from is an entry of the ESM build, with code splitting:
// the published dist/index.js re-exports from one file per module, so that a bundler (with
// "sideEffects": false) leaves out the modules a program does not use. One bundled file would
// drag along every dependency it imports (saxes, for TMX, into a program that only segments).
const modules = [...readFileSync('src/index.ts', 'utf8').matchAll(/from '\.\/([^']+)\.js'/g)].map((match) => `src/${match[1]}.ts`);

export default defineConfig([
  {
    // The library as ES modules, with declarations for the package's one entry point.
    entry: ['src/index.ts', ...new Set(modules)],
    format: ['esm'],
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'chunks/[hash]';
    },
    dts: { entry: { index: 'src/index.ts' } },
    // No source maps: the output is not minified and keeps the source's names and comments'
    // structure, so stack traces read as they are; maps were 1.3 of the 2.0 MB unpacked.
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The library as one CommonJS file (require() does not tree-shake), with its declarations.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The command-line tool: one ESM file with a shebang, and the batch and pairing workers.
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts', 'pair-worker': 'src/cli/pair-worker.ts' },
    format: ['esm'],
    // The dependencies bundled in: each package an ES module imports from node_modules costs its
    // resolution and, for a CommonJS one (saxes, fastest-levenshtein), a pass of Node's CommonJS
    // export scanner on every start, whichever command runs.
    noExternal: ['saxes', 'xmlchars', 'fastest-levenshtein', 'diff'],
    sourcemap: false,
    target: 'es2022',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The translator's workbench: the library and the page as one minified browser script,
    // written inline into dist/workbench.html (nothing fetched; it opens from a file:// URL).
    entry: { workbench: 'src/workbench/page/main.ts' },
    outDir: 'dist/.workbench',
    format: ['iife'],
    minify: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'browser',
    async onSuccess() {
      const script = readFileSync('dist/.workbench/workbench.global.js', 'utf8');
      const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
      const html = workbenchHtml(script, version, (text) => createHash('sha256').update(text).digest('base64'));
      // The escaped script must still be the same program: compile it (not run) to be sure.
      new Script(/<script id="bitekst-workbench">([\s\S]*)<\/script>/.exec(html)![1]!);
      writeFileSync('dist/workbench.html', html);
      rmSync('dist/.workbench', { recursive: true, force: true });
    },
  },
]);
