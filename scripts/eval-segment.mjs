// Part of npm run eval: sentence segmentation on real Norwegian and English text, the way
// ../shared/bench/README.md describes it. A paragraph is the run of sentences from one
// `newpar: true` to the next, joined by single spaces; each system segments it, and its sentences
// are scored against the gold ones by exact match after white-space normalisation (P/R/F1,
// summed over paragraphs). Beside segmentSentences: Intl.Segmenter alone, and wink-nlp's
// sentences() with its English model (devDependencies), the two baselines a user would try.
// Then the errors of segmentSentences by class: a merge is a gold boundary it missed, a split a
// boundary it put where gold has none, each classed by the punctuation before and the word after.
//
//   npm run eval                                  (the whole chain)
//   node scripts/eval-segment.mjs                 this part, after tsup
//   node scripts/eval-segment.mjs --errors 5 nb   five examples of each class, Norwegian only
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { segmentSentences } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bench = process.env.BITEKST_BENCH ?? join(root, '..', 'shared', 'bench');
const SETS = [
  { name: 'norne-nob-dev', lang: 'nb' },
  { name: 'ud-ewt-en-dev', lang: 'en' },
];
const args = process.argv.slice(2);
const errorsAt = args.indexOf('--errors');
const examples = errorsAt === -1 ? 0 : Number(args.splice(errorsAt, 2)[1] ?? 3);
const only = args.filter((arg) => !arg.startsWith('--'));
const sets = SETS.filter((set) => only.length === 0 || only.includes(set.name) || only.includes(set.lang))
  .filter((set) => existsSync(join(bench, set.name, 'dev.jsonl')));
if (sets.length === 0) {
  console.log(`No segmentation sets (norne-nob-dev, ud-ewt-en-dev) at ${bench}; segmentation not evaluated (set BITEKST_BENCH to the bench folder).`);
  process.exit(0);
}

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

/** Paragraphs of a set: their text and gold sentence spans. */
function paragraphs(file) {
  const result = [];
  let current;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line);
    const sentence = normalise(record.text);
    if (sentence === '') continue;
    if (current === undefined || record.newpar) result.push((current = { text: '', gold: [] }));
    if (current.text !== '') current.text += ' ';
    current.gold.push({ start: current.text.length, end: current.text.length + sentence.length });
    current.text += sentence;
  }
  return result;
}

/** Trims white space off a span; undefined when nothing is left. */
function trim(text, start, end) {
  while (start < end && /\s/u.test(text[start])) start += 1;
  while (end > start && /\s/u.test(text[end - 1])) end -= 1;
  return start < end ? { start, end } : undefined;
}

const nlp = winkNLP(model);
const intl = { nb: new Intl.Segmenter('nb', { granularity: 'sentence' }), en: new Intl.Segmenter('en', { granularity: 'sentence' }) };
const SYSTEMS = [
  { name: '**segmentSentences**', spans: (text, lang) => segmentSentences(text, { lang }) },
  {
    name: 'Intl.Segmenter alone',
    spans: (text, lang) => [...intl[lang].segment(text)].map((segment) => trim(text, segment.index, segment.index + segment.segment.length)).filter(Boolean),
  },
  {
    // wink-nlp returns sentence texts; they are found back in the paragraph in order.
    name: 'wink-nlp sentences() (English model)',
    spans: (text) => {
      const spans = [];
      let from = 0;
      for (const sentence of nlp.readDoc(text).sentences().out()) {
        const wanted = normalise(sentence);
        if (wanted === '') continue;
        const at = text.indexOf(wanted, from);
        if (at === -1) {
          spans.push({ start: from, end: from, text: wanted });
          continue;
        }
        spans.push({ start: at, end: at + wanted.length });
        from = at + wanted.length;
      }
      return spans;
    },
  },
];

/** Exact-sentence counts: gold sentences, predicted sentences, and those equal after normalisation. */
function count(paragraph, spans) {
  const gold = new Map();
  for (const span of paragraph.gold) {
    const key = paragraph.text.slice(span.start, span.end);
    gold.set(key, (gold.get(key) ?? 0) + 1);
  }
  let hits = 0;
  for (const span of spans) {
    const key = span.text ?? normalise(paragraph.text.slice(span.start, span.end));
    const left = gold.get(key) ?? 0;
    if (left > 0) {
      hits += 1;
      gold.set(key, left - 1);
    }
  }
  return { gold: paragraph.gold.length, predicted: spans.length, hits };
}

/** The class of a boundary: the punctuation that ends the text before it, and how the text after it opens. */
function classOf(text, at) {
  const before = text.slice(Math.max(0, at - 12), at).trimEnd();
  const after = text.slice(at, at + 12).trimStart();
  const end = /[.!?…]+["'»”’)\]]*$/u.test(before) ? before.match(/[.!?…]+/gu).at(-1).slice(0, 2) : /[:;]$/u.test(before) ? before.at(-1) : /[»”"')]$/u.test(before) ? 'quote' : 'no punctuation';
  const open = /^[-–—]/u.test(after) ? 'dash' : /^\p{N}/u.test(after) ? 'digit' : /^[«"“'‘(]/u.test(after) ? 'quote' : /^\p{Ll}/u.test(after) ? 'lower case' : /^\p{Lu}/u.test(after) ? 'capital' : 'other';
  return `${end} → ${open}`;
}

const fmt = (value) => (Number.isFinite(value) ? value.toFixed(3).replace(/^0/, '') : '—');
const rows = [];
const errors = [];
for (const set of sets) {
  const data = paragraphs(join(bench, set.name, 'dev.jsonl'));
  const cells = [];
  for (const system of SYSTEMS) {
    const started = performance.now();
    const total = { gold: 0, predicted: 0, hits: 0 };
    const classes = new Map();
    for (const paragraph of data) {
      const spans = system.spans(paragraph.text, set.lang);
      const counts = count(paragraph, spans);
      for (const key of Object.keys(total)) total[key] += counts[key];
      if (system !== SYSTEMS[0]) continue;
      const truth = new Set(paragraph.gold.slice(1).map((span) => span.start));
      const found = new Set(spans.slice(1).map((span) => span.start));
      const note = (kind, at) => {
        const key = `${kind}: ${classOf(paragraph.text, at)}`;
        const entry = classes.get(key) ?? { count: 0, examples: [] };
        entry.count += 1;
        if (entry.examples.length < examples) entry.examples.push(`${paragraph.text.slice(Math.max(0, at - 70), at)}⟂${paragraph.text.slice(at, at + 50)}`);
        classes.set(key, entry);
      };
      for (const at of truth) if (!found.has(at)) note('merge', at);
      for (const at of found) if (!truth.has(at)) note('split', at);
    }
    const p = total.hits / total.predicted;
    const r = total.hits / total.gold;
    cells.push({ p, r, f1: (2 * p * r) / (p + r), seconds: (performance.now() - started) / 1000 });
    if (system === SYSTEMS[0]) errors.push({ set, classes });
  }
  rows.push({ set, sentences: data.reduce((sum, paragraph) => sum + paragraph.gold.length, 0), paragraphs: data.length, cells });
}

console.log('\nSentence segmentation: exact-sentence F1 (P / R) on paragraphs joined by single spaces\n');
console.log(`| set | ${SYSTEMS.map((system) => system.name).join(' | ')} |`);
console.log(`|---|${SYSTEMS.map(() => '---').join('|')}|`);
for (const { set, sentences, paragraphs: count, cells } of rows) {
  const shown = cells.map((cell, index) => (index === 0 ? `**${fmt(cell.f1)}** (${fmt(cell.p)} / ${fmt(cell.r)})` : `${fmt(cell.f1)} (${fmt(cell.p)} / ${fmt(cell.r)})`));
  console.log(`| ${set.name} (${set.lang}, ${sentences} sentences, ${count} paragraphs) | ${shown.join(' | ')} |`);
}
for (const { set, classes } of errors) {
  const merges = [...classes].filter(([key]) => key.startsWith('merge')).reduce((sum, [, entry]) => sum + entry.count, 0);
  const splits = [...classes].filter(([key]) => key.startsWith('split')).reduce((sum, [, entry]) => sum + entry.count, 0);
  console.log(`\n${set.name}: segmentSentences missed ${merges} boundaries (merges) and added ${splits} (splits), by class:`);
  for (const [key, entry] of [...classes].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${String(entry.count).padStart(4)}  ${key}`);
    for (const example of entry.examples) console.log(`          ${example}`);
  }
}
