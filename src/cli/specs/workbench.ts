import { OPTIONS } from '../options.js';
import type { CommandSpec } from '../spec.js';

/** `bitekst workbench`: what it takes and what its help shows. */
export const WORKBENCH: CommandSpec = {
  name: 'workbench',
  summary: 'open the translator’s workbench: check, correct and export an alignment in the browser',
  synopsis: '[SOURCE TARGET]',
  positionals: { min: 0, max: 2 },
  arguments: [
    ['SOURCE', 'a source text to open aligned (optional; with TARGET)'],
    ['TARGET', 'its translation'],
  ],
  options: [OPTIONS['source-lang'], OPTIONS['target-lang']],
  notes: [
    'Serves dist/workbench.html on 127.0.0.1 (a free port, a random path) and prints its address; open it in a browser.',
    'The page runs everything itself and sends nothing back; the server only hands it the page and the two texts. Ctrl+C stops it.',
    'The page also works on its own: open dist/workbench.html as a file.',
  ],
  examples: ['bitekst workbench corpus/000_559091eebb7a8267.txt corpus/003_922ec93c98972236.txt'],
};
