// Developer tool: scores weight settings on a gold set in-process (the dev set by default).
//   node scripts/tune.mjs '{"nullScore":[-2,-3,-4]}' [dataset …]
// Each key takes a list of values; every combination is aligned and scored with the shared scorer.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bench = process.env.BITEKST_BENCH ?? join(root, '..', 'shared', 'bench');
const { countDocument, summarize } = await import(join(bench, 'score.mjs'));
const grid = JSON.parse(process.argv[2] ?? '{}');
const datasets = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['textberg-de-fr-dev'];
const lines = (text) => { const all = text.split('\n'); if (all.at(-1) === '') all.pop(); return all; };
const docs = datasets.flatMap((dataset) => {
  const [, sourceLang, targetLang] = /-([a-z]{2,3})-([a-z]{2,3})(?:-|$)/.exec(dataset);
  const dir = join(bench, dataset);
  return readdirSync(dir).filter((file) => file.endsWith('.gold')).map((gold) => {
    const doc = gold.slice(0, -5);
    const read = (ext) => readFileSync(join(dir, `${doc}.${ext}`), 'utf8');
    const parse = (text) => lines(text).map((line) => line.split(':').slice(0, 2).map((side) => JSON.parse(side)));
    return { dataset, doc, sourceLang, targetLang, src: lines(read('src')), tgt: lines(read('tgt')), gold: parse(read('gold')) };
  });
});
const combos = Object.entries(grid).reduce((acc, [key, values]) => acc.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value }))), [{}]);
for (const weights of combos) {
  const per = {};
  for (const doc of docs) {
    const { beads } = alignSentences(doc.src, doc.tgt, { sourceLang: doc.sourceLang, targetLang: doc.targetLang, weights });
    (per[doc.dataset] ??= []).push(countDocument(doc.gold, beads.map((bead) => [bead.source, bead.target])));
  }
  console.log(JSON.stringify(weights), Object.entries(per).map(([dataset, counts]) => `${dataset} ${summarize(counts).f1_strict.toFixed(4)}`).join('  '));
}
