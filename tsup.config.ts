import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CommonJS, each with its own declarations.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
  },
  {
    // The command-line tool: one ESM file with a shebang.
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
