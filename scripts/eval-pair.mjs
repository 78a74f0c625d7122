// Part of npm run eval: document pairing on synthetic collections cut from the gold sets, ten
// different cuts (seeds 1–10) per dataset, and on collections of whole news articles, twenty
// (seeds 1–20), each counted together.
import { pairDocuments } from '../dist/index.js';
import { newsCollections, pairingCollections } from './bench/pairing-data.mjs';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const NEWS_SEEDS = Array.from({ length: 20 }, (_, index) => index + 1);
const ratio = (a, b) => (b === 0 ? '–' : (a / b).toFixed(3));
const empty = () => ({ found: 0, correct: 0, truth: 0, partial: 0, partialFound: 0, calls: 0, callsRight: 0, unpairedTruth: 0, groups: 0 });
const totals = new Map();
const wrong = [];
const runs = [...SEEDS.flatMap((seed) => pairingCollections(seed)), ...NEWS_SEEDS.flatMap((seed) => newsCollections(seed))];
{
  for (const collection of runs) {
    const result = pairDocuments(collection.sources, collection.targets, { sourceLang: collection.sourceLang, targetLang: collection.targetLang });
    const t = totals.get(collection.dataset) ?? totals.set(collection.dataset, empty()).get(collection.dataset);
    const correct = result.pairs.filter((pair) => collection.truth.get(pair.source) === pair.target);
    const pairedTargets = new Set(collection.truth.values());
    const truthUnpaired = new Set([
      ...collection.sources.filter((document) => !collection.truth.has(document.id)).map((document) => `s:${document.id}`),
      ...collection.targets.filter((document) => !pairedTargets.has(document.id)).map((document) => `t:${document.id}`),
    ]);
    const calls = [...result.unpaired.source.map((id) => `s:${id}`), ...result.unpaired.target.map((id) => `t:${id}`)];
    t.found += result.pairs.length;
    t.correct += correct.length;
    t.truth += collection.truth.size;
    t.partial += collection.partial.size;
    t.partialFound += correct.filter((pair) => collection.partial.has(pair.source)).length;
    t.calls += calls.length;
    t.callsRight += calls.filter((call) => truthUnpaired.has(call)).length;
    t.unpairedTruth += truthUnpaired.size;
    t.groups += result.groups.length;
    for (const pair of result.pairs) if (collection.truth.get(pair.source) !== pair.target) wrong.push(`${collection.dataset}: ${pair.source} ↔ ${pair.target} at ${pair.score}`);
  }
}
console.log(`\nDocument pairing: articles cut from the gold sets (6–20 beads each; seeds ${SEEDS[0]}–${SEEDS.at(-1)}) and whole news articles (ntrex-nb-en-dev-clean; seeds ${NEWS_SEEDS[0]}–${NEWS_SEEDS.at(-1)}), a quarter of each side's counterparts removed, each dataset's collections counted together\n`);
console.log('| dataset | true pairs | pair precision | pair recall | recall, translations only¹ | unpaired precision | unpaired recall | groups² |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const all = empty();
for (const [dataset, t] of totals) {
  for (const key of Object.keys(all)) all[key] += t[key];
  console.log(`| ${dataset} | ${t.truth} | ${ratio(t.correct, t.found)} | ${ratio(t.correct, t.truth)} | ${ratio(t.correct - t.partialFound, t.truth - t.partial)} | ${ratio(t.callsRight, t.calls)} | ${ratio(t.callsRight, t.unpairedTruth)} | ${t.groups} |`);
}
console.log(`| **all** | ${all.truth} | ${ratio(all.correct, all.found)} | ${ratio(all.correct, all.truth)} | ${ratio(all.correct - all.partialFound, all.truth - all.partial)} | ${ratio(all.callsRight, all.calls)} | ${ratio(all.callsRight, all.unpairedTruth)} | ${all.groups} |`);
console.log(`\n¹ leaving out the ${all.partial} true pairs where less than half of one side's sentences have a counterpart (cuts through long omissions).`);
console.log('² groups reported (every true pair here is one-to-one, so a group is a miss).');
if (wrong.length > 0) console.log(`\nWrong pairs (${wrong.length}):\n${wrong.map((line) => `- ${line}`).join('\n')}`);
