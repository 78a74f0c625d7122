// Many small documents in one process, as a corpus run meets them: N synthetic records of six
// sentence pairs (default 3000), each aligned (alignSentences on the texts, segmented) and
// checked (checkDivergences). `node scripts/bench/records-one.mjs [N] [DUMP]` prints the time a
// record, aligning and checking apart; with DUMP, writes every record's beads and findings to
// DUMP, to compare two builds byte for byte.
import { writeFileSync } from 'node:fs';
import { alignSentences, checkDivergences } from '../../dist/index.js';
import { random, translationPairs } from './synthetic.mjs';

const size = Number(process.argv[2] ?? 3000);
const { pairs, sourceLang, targetLang } = translationPairs();
const next = random(13);
const records = Array.from({ length: size }, () => {
  const picked = Array.from({ length: 6 }, () => pairs[Math.floor(next() * pairs.length)]);
  return [picked.map(([source]) => source).join('\n'), picked.map(([, target]) => target).join('\n')];
});
const out = [];
let aligning = 0;
let checking = 0;
for (const [source, target] of records) {
  const started = performance.now();
  const alignment = alignSentences(source, target, { sourceLang, targetLang });
  const aligned = performance.now();
  const report = checkDivergences(alignment);
  checking += performance.now() - aligned;
  aligning += aligned - started;
  out.push(JSON.stringify({ beads: alignment.beads, findings: report.findings }));
}
const perRecord = (ms) => Number((ms / size).toFixed(3));
console.log(JSON.stringify({ records: size, msPerRecord: perRecord(aligning + checking), alignMs: perRecord(aligning), checkMs: perRecord(checking), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
if (process.argv[3] !== undefined) writeFileSync(process.argv[3], out.join('\n'));
