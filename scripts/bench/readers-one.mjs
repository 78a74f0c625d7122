// The sentence readers on real text: extractNames with collectKnownNames, extractNumbers and
// createSegmenter over the lines of ../shared/bench (ntrex-nb-en-dev and its clean half, NorNE,
// UD EWT), each REPS times (default 5), timed in this process after a first untimed round.
// `node scripts/bench/readers-one.mjs [REPS] [DUMP]` prints the seconds of each reader; with
// DUMP, writes what they found to DUMP (JSON), to compare two builds byte for byte.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectKnownNames, createSegmenter, extractNames, extractNumbers } from '../../dist/index.js';
import { root } from './synthetic.mjs';

const bench = join(root, '..', 'shared', 'bench');
if (!existsSync(bench)) {
  console.log(`readers-one: ${bench} is absent; nothing to measure`);
  process.exit(0);
}
const reps = Number(process.argv[2] ?? 5);
const documents = [];
for (const set of ['ntrex-nb-en-dev-clean', 'ntrex-nb-en-dev']) {
  const dir = join(bench, set);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.src'))) {
    documents.push({ lang: 'nb', lines: readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean) });
    documents.push({ lang: 'en', lines: readFileSync(join(dir, file.replace(/\.src$/, '.tgt')), 'utf8').split('\n').filter(Boolean) });
  }
}
for (const [file, lang] of [['norne-nob-dev/dev.jsonl', 'nb'], ['ud-ewt-en-dev/dev.jsonl', 'en']]) {
  if (!existsSync(join(bench, file))) continue;
  const lines = readFileSync(join(bench, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
  // Twenty sentences a document, so that known names are collected over a document's worth.
  for (let start = 0; start < lines.length; start += 20) documents.push({ lang, lines: lines.slice(start, start + 20) });
}
const segmenters = { nb: createSegmenter({ lang: 'nb' }), en: createSegmenter({ lang: 'en' }) };
const readers = {
  names: (document) => {
    const known = collectKnownNames(document.lines, { lang: document.lang });
    return [[...known].sort(), document.lines.map((line) => extractNames(line, { lang: document.lang, knownNames: known }))];
  },
  numbers: (document) => document.lines.map((line) => extractNumbers(line, { lang: document.lang })),
  segments: (document) => segmenters[document.lang](document.lines.join(' ')).map(({ text, start, end }) => [text, start, end]),
};
const found = {};
const seconds = {};
for (const [name, read] of Object.entries(readers)) {
  found[name] = documents.map(read);
  const started = performance.now();
  for (let round = 0; round < reps; round += 1) for (const document of documents) read(document);
  seconds[name] = Number(((performance.now() - started) / 1000).toFixed(3));
}
const lines = documents.reduce((sum, document) => sum + document.lines.length, 0);
console.log(JSON.stringify({ documents: documents.length, lines, reps, seconds }));
if (process.argv[3] !== undefined) writeFileSync(process.argv[3], JSON.stringify(found));
