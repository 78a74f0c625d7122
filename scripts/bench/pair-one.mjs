// Child process of npm run bench: pairs two synthetic collections of about N articles per side.
import { pairDocuments } from '../../dist/index.js';
import { random, translationPairs } from './synthetic.mjs';

const size = Number(process.argv[2]);
const { pairs, sourceLang, targetLang } = translationPairs();
const next = random(11);
const sources = [];
const targets = [];
const truth = new Map();
// Each article is on both sides with odds 1/2 and on one side only with odds 1/4 each, so N per
// side takes 4N/3 articles.
const articles = Math.ceil((size * 4) / 3);
for (let index = 0; index < articles; index += 1) {
  // Five sentence pairs and a line with the article's own number, as real articles have their own figures.
  const picked = Array.from({ length: 5 }, () => pairs[Math.floor(next() * pairs.length)]);
  const number = 10000 + Math.floor(next() * 890000);
  const roll = next();
  if (roll >= 0.25) sources.push({ id: `s${index}`, text: [...picked.map(([s]) => s), `Nr. ${number}.`].join('\n\n') });
  if (roll < 0.25 || roll >= 0.5) targets.push({ id: `t${index}`, text: [...picked.map(([, t]) => t), `No ${number}.`].join('\n\n') });
  if (roll >= 0.5) truth.set(`s${index}`, `t${index}`);
}
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = pairDocuments(sources, targets, { sourceLang, targetLang });
const seconds = (performance.now() - started) / 1000;
// CPU time as well as wall time: on a shared machine only the former compares across runs.
const cpuSeconds = process.cpuUsage(cpuBefore).user / 1e6;
const correct = result.pairs.filter((pair) => truth.get(pair.source) === pair.target).length;
console.log(JSON.stringify({ size, sources: sources.length, targets: targets.length, seconds, cpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024, precision: correct / Math.max(1, result.pairs.length), recall: correct / truth.size }));
