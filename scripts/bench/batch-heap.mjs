// Whether a batch run keeps anything per record: N synthetic records (those of batch-one.mjs)
// through the batch worker's own record function in this thread, printing the live heap after a
// full garbage collection every 2,000 records. Unlike resident memory, the live heap does not
// depend on the engine's heap sizing or on the load of the machine.
// Run: node --expose-gc scripts/bench/batch-heap.mjs 100000
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { random, root, translationPairs } from './synthetic.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
// The record function is internal: it is reached through the chunk the built worker imports it from.
const worker = readFileSync(join(root, 'dist', 'batch-worker.js'), 'utf8');
const chunk = /import\s*\{\s*processRecord\s*\}\s*from\s*"\.\/([^"]+)"/.exec(worker)?.[1];
if (chunk === undefined) throw new Error('dist/batch-worker.js does not import processRecord from a chunk: build first (npx tsup)');
const { processRecord } = await import(join(root, 'dist', chunk));
const size = Number(process.argv[2] ?? 100000);
const { pairs, sourceLang, targetLang } = translationPairs();
const next = random(13);
const liveMB = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const started = performance.now();
for (let index = 0; index <= size; index += 1) {
  const picked = Array.from({ length: 6 }, () => pairs[Math.floor(next() * pairs.length)]);
  const line = JSON.stringify({ id: `r${index}`, source: picked.map(([s]) => s).join('\n'), target: picked.map(([, t]) => t).join('\n'), sourceLang, targetLang });
  processRecord(line, index, {});
  if (index % 2000 === 0) console.log(JSON.stringify({ records: index, liveHeapMB: Number(liveMB().toFixed(1)), seconds: Math.round((performance.now() - started) / 1000) }));
}
