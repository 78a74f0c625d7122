// Child process of npm run bench: pairs two synthetic collections of N articles per side.
import { pairDocuments } from '../../dist/index.js';
import { random, translationPairs } from './synthetic.mjs';

const size = Number(process.argv[2]);
const { pairs, sourceLang, targetLang } = translationPairs();
const next = random(11);
const sources = [];
const targets = [];
const truth = new Map();
for (let index = 0; index < size; index += 1) {
  // Five sentence pairs and a line with the article's own number, as real articles have their own figures.
  const picked = Array.from({ length: 5 }, () => pairs[Math.floor(next() * pairs.length)]);
  const number = 10000 + Math.floor(next() * 890000);
  const roll = next();
  if (roll >= 0.25) sources.push({ id: `s${index}`, text: [...picked.map(([s]) => s), `Nr. ${number}.`].join('\n\n') });
  if (roll < 0.25 || roll >= 0.5) targets.push({ id: `t${index}`, text: [...picked.map(([, t]) => t), `No ${number}.`].join('\n\n') });
  if (roll >= 0.5) truth.set(`s${index}`, `t${index}`);
}
const started = performance.now();
const result = pairDocuments(sources, targets, { sourceLang, targetLang });
const seconds = (performance.now() - started) / 1000;
const correct = result.pairs.filter((pair) => truth.get(pair.source) === pair.target).length;
console.log(JSON.stringify({ size, sources: sources.length, targets: targets.length, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, precision: correct / Math.max(1, result.pairs.length), recall: correct / truth.size }));
