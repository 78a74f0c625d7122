// @ts-nocheck
import { syntheticPair } from './bench/synthetic.mjs';
import { alignSentences } from '../src/index.js';
const { source, target } = syntheticPair(10000);
for (let k = 0; k < 2; k++) { const t = performance.now(); alignSentences(source, target, { sourceLang: 'de', targetLang: 'fr' }); console.error('total', (performance.now() - t).toFixed(0)); }
