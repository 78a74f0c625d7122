// Part of npm run eval: document pairing on synthetic collections cut from the gold sets.
import { pairDocuments } from '../dist/index.js';
import { pairingCollections } from './bench/pairing-data.mjs';

console.log('\nDocument pairing: articles cut from the gold sets, a quarter of each side\'s counterparts removed\n');
console.log('| dataset | sources | targets | true pairs | pair precision | pair recall | unpaired precision | unpaired recall |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const totals = { found: 0, correct: 0, truth: 0, unpairedCalls: 0, unpairedCorrect: 0, unpairedTruth: 0 };
for (const collection of pairingCollections()) {
  const result = pairDocuments(collection.sources, collection.targets, { sourceLang: collection.sourceLang, targetLang: collection.targetLang });
  const correct = result.pairs.filter((pair) => collection.truth.get(pair.source) === pair.target).length;
  const pairedTargets = new Set(collection.truth.values());
  const truthUnpaired = [
    ...collection.sources.filter((document) => !collection.truth.has(document.id)).map((document) => `s:${document.id}`),
    ...collection.targets.filter((document) => !pairedTargets.has(document.id)).map((document) => `t:${document.id}`),
  ];
  const calls = [...result.unpaired.source.map((id) => `s:${id}`), ...result.unpaired.target.map((id) => `t:${id}`)];
  const truthSet = new Set(truthUnpaired);
  const right = calls.filter((call) => truthSet.has(call)).length;
  const ratio = (a, b) => (b === 0 ? '–' : (a / b).toFixed(3));
  console.log(`| ${collection.dataset} | ${collection.sources.length} | ${collection.targets.length} | ${collection.truth.size} | ${ratio(correct, result.pairs.length)} | ${ratio(correct, collection.truth.size)} | ${ratio(right, calls.length)} | ${ratio(right, truthUnpaired.length)} |`);
  totals.found += result.pairs.length;
  totals.correct += correct;
  totals.truth += collection.truth.size;
  totals.unpairedCalls += calls.length;
  totals.unpairedCorrect += right;
  totals.unpairedTruth += truthUnpaired.length;
}
const r = (a, b) => (b === 0 ? '–' : (a / b).toFixed(3));
console.log(`| **all** | | | ${totals.truth} | ${r(totals.correct, totals.found)} | ${r(totals.correct, totals.truth)} | ${r(totals.unpairedCorrect, totals.unpairedCalls)} | ${r(totals.unpairedCorrect, totals.unpairedTruth)} |`);
