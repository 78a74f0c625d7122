// Child process of npm run bench: compareRevisions on a synthetic article of N sentences, 1 % of them edited.
import { alignSentences, compareRevisions } from '../../dist/index.js';
import { random, syntheticPair } from './synthetic.mjs';

const size = Number(process.argv[2]);
const { source, target, sourceLang, targetLang } = syntheticPair(size);
const next = random(9);
const revised = source.map((sentence) => (next() < 0.01 ? `${sentence} Ny opplysning.` : sentence));
let started = performance.now();
const alignment = alignSentences(source, target, { sourceLang, targetLang });
const alignSeconds = (performance.now() - started) / 1000;
started = performance.now();
const report = compareRevisions(source, revised, target, { alignment });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ size: source.length, alignSeconds, seconds, stale: report.summary.stale, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
