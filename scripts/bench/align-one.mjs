// Child process of npm run bench: aligns one synthetic pair and prints time, memory, accuracy as JSON.
import { alignSentences } from '../../dist/index.js';
import { syntheticPair } from './synthetic.mjs';

const size = Number(process.argv[2]);
const { source, target, truth, sourceLang, targetLang } = syntheticPair(size);
const started = performance.now();
const alignment = alignSentences(source, target, { sourceLang, targetLang });
const seconds = (performance.now() - started) / 1000;
const found = new Set(alignment.beads.filter((bead) => bead.source.length === 1 && bead.target.length === 1).map((bead) => `${bead.source[0]}:${bead.target[0]}`));
const recovered = truth.filter(([s, t]) => found.has(`${s}:${t}`)).length / truth.length;
console.log(JSON.stringify({ size, sourceSentences: source.length, targetSentences: target.length, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, recovered, cells: alignment.model.cells }));
