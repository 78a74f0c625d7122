// Part of npm run eval: injects known divergences into correct translations (the gold sets of
// ../shared/bench/ and the corpus pair) and measures what checkDivergences finds: recall per kind,
// and false alarms per 100 clean sentence pairs on the untouched documents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDivergences, extractNames, extractNumbers, segmentSentences } from '../dist/index.js';
import { random } from './bench/synthetic.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bench = process.env.BITEKST_BENCH ?? join(root, '..', 'shared', 'bench');
const lines = (text) => { const all = text.split('\n'); if (all.at(-1) === '') all.pop(); return all; };
const PER_KIND = Number(process.env.BITEKST_INJECTIONS ?? 4);
const NAMES = ['Medvedev', 'Johansson', 'Okonkwo', 'Lindqvist', 'Fernández', 'Kowalski', 'Nakamura', 'Haraldsen'];
const CONTENT = ['number', 'name', 'length', 'untranslated'];

function documents() {
  const docs = [];
  if (existsSync(bench)) {
    for (const dataset of ['parice-en-is-test', 'textberg-de-fr-test']) {
      const dir = join(bench, dataset);
      if (!existsSync(dir)) continue;
      const [, sourceLang, targetLang] = /-([a-z]{2})-([a-z]{2})/.exec(dataset);
      for (const gold of readdirSync(dir).filter((file) => file.endsWith('.gold')).sort()) {
        const doc = gold.slice(0, -5);
        const beads = lines(readFileSync(join(dir, gold), 'utf8')).map((line) => line.split(':').slice(0, 2).map((side) => JSON.parse(side)));
        docs.push({ dataset, sourceLang, targetLang, source: lines(readFileSync(join(dir, `${doc}.src`), 'utf8')), target: lines(readFileSync(join(dir, `${doc}.tgt`), 'utf8')), beads });
      }
    }
  }
  // The corpus pair, with the gold alignment of its tests.
  const read = (file) => segmentSentences(readFileSync(join(root, 'corpus', file), 'utf8'), { lang: file.startsWith('000') ? 'nb' : 'en' }).map((sentence) => sentence.text);
  const beads = lines(readFileSync(join(root, 'tests', 'fixtures', 'align', 'corpus-000-003.gold'), 'utf8')).map((line) => line.split(':').map((side) => JSON.parse(side)));
  docs.push({ dataset: 'corpus nb-en', sourceLang: 'nb', targetLang: 'en', source: read('000_559091eebb7a8267.txt'), target: read('003_922ec93c98972236.txt'), beads });
  return docs;
}

const check = (doc, target) => checkDivergences({ source: doc.source, target }, { sourceLang: doc.sourceLang, targetLang: doc.targetLang });
const ALARM = new Set(['error', 'warning']);
const touches = (finding, kind, side, index) => finding.kind === kind && finding[side].includes(index);

/** One injection: a modified target and where the finding must be. */
function inject(kind, doc, pair, next) {
  const [s, t] = pair;
  const target = [...doc.target];
  const text = target[t];
  if (kind === 'number' || kind === 'drop-number') {
    const sourceValues = new Set(extractNumbers(doc.source[s], { lang: doc.sourceLang }).map((mention) => mention.value));
    const mention = extractNumbers(text, { lang: doc.targetLang }).find((candidate) => candidate.kind !== 'word' && sourceValues.has(candidate.value));
    if (mention === undefined) return undefined;
    if (kind === 'number') {
      const at = mention.start + mention.text.search(/\d(?!.*\d)/);
      const digit = Number(text[at]);
      target[t] = text.slice(0, at) + String((digit + 1 + Math.floor(next() * 8)) % 10) + text.slice(at + 1);
    } else {
      target[t] = (text.slice(0, mention.start) + text.slice(mention.end)).replace(/\s{2,}/g, ' ');
    }
    return { target, expect: ['number', 'target', t] };
  }
  if (kind === 'name') {
    const sourceKeys = extractNames(doc.source[s], { lang: doc.sourceLang }).map((name) => name.key);
    const name = extractNames(text, { lang: doc.targetLang }).find((candidate) => candidate.text.length > 3 && sourceKeys.includes(candidate.key));
    if (name === undefined) return undefined;
    const other = NAMES[Math.floor(next() * NAMES.length)];
    target[t] = text.slice(0, name.start) + other + text.slice(name.end);
    return { target, expect: ['name', 'target', t] };
  }
  if (kind === 'omission') {
    target.splice(t, 1);
    return { target, expect: ['omission', 'source', s] };
  }
  // addition: a sentence of another pair, inserted after t
  const foreign = doc.target[(t + Math.floor(doc.target.length / 2)) % doc.target.length];
  target.splice(t + 1, 0, foreign);
  return { target, expect: ['addition', 'target', t + 1] };
}

const KINDS = ['number', 'drop-number', 'name', 'omission', 'addition'];
const rows = new Map();
const alarms = new Map();
for (const doc of documents()) {
  const next = random(7);
  const clean = check(doc, doc.target);
  const pairs = doc.beads.filter(([s, t]) => s.length === 1 && t.length === 1).map(([s, t]) => [s[0], t[0]]);
  const alarm = alarms.get(doc.dataset) ?? { pairs: 0, number: 0, name: 0, content: 0, notes: 0 };
  alarm.pairs += pairs.length;
  for (const finding of clean.findings) {
    if (!CONTENT.includes(finding.kind)) continue;
    if (!ALARM.has(finding.severity)) {
      alarm.notes += 1;
      continue;
    }
    if (finding.kind === 'number') alarm.number += 1;
    if (finding.kind === 'name') alarm.name += 1;
    alarm.content += 1;
  }
  alarms.set(doc.dataset, alarm);
  for (const kind of KINDS) {
    const order = pairs.map((pair) => [next(), pair]).sort((a, b) => a[0] - b[0]).map(([, pair]) => pair);
    let done = 0;
    for (const pair of order) {
      if (done >= PER_KIND) break;
      const injected = inject(kind, doc, pair, next);
      if (injected === undefined) continue;
      done += 1;
      const [findingKind, side, index] = injected.expect;
      const findings = check(doc, injected.target).findings;
      const found = findings.some((finding) => touches(finding, findingKind, side, index));
      const alarmed = findings.some((finding) => touches(finding, findingKind, side, index) && ALARM.has(finding.severity));
      const near = findings.some((finding) => finding[side].includes(index));
      const key = `${doc.dataset}|${kind}`;
      const row = rows.get(key) ?? { injected: 0, found: 0, alarmed: 0, near: 0 };
      row.injected += 1;
      row.found += found ? 1 : 0;
      row.alarmed += alarmed ? 1 : 0;
      row.near += near ? 1 : 0;
      rows.set(key, row);
    }
  }
}

const LABEL = { number: 'change a digit', 'drop-number': 'drop a number', name: 'swap a name', omission: 'drop a sentence', addition: 'add a sentence' };
console.log('\nDivergence checks: recall of injected divergences (align + check on the modified document)\n');
console.log('| dataset | injected divergence | injected | recall (finding of that kind) | as an error or warning | any finding on that sentence |');
console.log('|---|---|---:|---:|---:|---:|');
for (const [key, row] of rows) {
  const [dataset, kind] = key.split('|');
  console.log(`| ${dataset} | ${LABEL[kind]} | ${row.injected} | ${(row.found / row.injected).toFixed(2)} | ${(row.alarmed / row.injected).toFixed(2)} | ${(row.near / row.injected).toFixed(2)} |`);
}
console.log('\nAlarms (errors and warnings) on the untouched translations, per 100 gold 1-1 sentence pairs\n');
console.log('| dataset | 1-1 pairs | number | name | number, name, length, untranslated | notes (info) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [dataset, alarm] of alarms) {
  const per = (count) => (alarm.pairs === 0 ? '–' : ((100 * count) / alarm.pairs).toFixed(1));
  console.log(`| ${dataset} | ${alarm.pairs} | ${per(alarm.number)} | ${per(alarm.name)} | ${per(alarm.content)} | ${per(alarm.notes)} |`);
}
