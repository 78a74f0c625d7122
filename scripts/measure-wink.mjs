// Design check, not part of the package: does wink-nlp (with wink-eng-lite-web-model, both
// devDependencies) beat bitekst's own rules on English? Sentence boundaries are scored against
// pre-segmented English (the ParIce gold sources, when ../shared/bench is present, and the English
// segmentation fixtures); numbers against what bitekst finds in the corpus's English articles.
//   node scripts/measure-wink.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractNumbers, segmentSentences } from '../dist/index.js';
import { benchDir, root } from './bench/synthetic.mjs';

const nlp = winkNLP(model);
const its = nlp.its;

/** Paragraphs made of gold sentences joined by a space, with the gold boundary offsets. */
function goldParagraphs() {
  const paragraphs = [];
  const parice = join(benchDir, 'parice-en-is-test');
  if (existsSync(parice)) {
    for (const file of readdirSync(parice).filter((name) => name.endsWith('.src'))) {
      const lines = readFileSync(join(parice, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
      for (let at = 0; at < lines.length; at += 8) paragraphs.push(lines.slice(at, at + 8).map((line) => line.trim()));
    }
  }
  for (const fixture of JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'segment', 'en.json'), 'utf8'))) {
    if (!fixture.text.includes('\n')) paragraphs.push(fixture.sentences);
  }
  return paragraphs;
}

function score(name, split) {
  let hits = 0;
  let predicted = 0;
  let gold = 0;
  for (const sentences of goldParagraphs()) {
    const text = sentences.join(' ');
    const truth = new Set();
    let offset = 0;
    for (const sentence of sentences.slice(0, -1)) truth.add((offset += sentence.length + 1));
    const found = new Set(split(text).slice(1).map((start) => start));
    gold += truth.size;
    predicted += found.size;
    for (const boundary of found) if (truth.has(boundary)) hits += 1;
  }
  const p = hits / predicted;
  const r = hits / gold;
  console.log(`| ${name} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${((2 * p * r) / (p + r)).toFixed(3)} |`);
}

console.log('English sentence boundaries against pre-segmented gold\n');
console.log('| segmenter | precision | recall | F1 |');
console.log('|---|---:|---:|---:|');
score('bitekst segmentSentences', (text) => segmentSentences(text, { lang: 'en' }).map((sentence) => sentence.start));
score('wink-nlp sentences()', (text) => {
  const starts = [];
  let from = 0;
  for (const sentence of nlp.readDoc(text).sentences().out()) {
    const at = text.indexOf(sentence.trim().slice(0, 20), from);
    if (at !== -1) {
      starts.push(at);
      from = at + 1;
    }
  }
  return starts;
});

console.log('\nNumbers in the corpus\'s English articles (003, 004)\n');
let ours = 0;
let theirs = 0;
let both = 0;
for (const file of ['003_922ec93c98972236.txt', '004_89fc859657be52e4.txt']) {
  const text = readFileSync(join(root, 'corpus', file), 'utf8');
  const mine = extractNumbers(text, { lang: 'en' }).map((mention) => mention.text);
  const entities = nlp.readDoc(text).entities().out(its.detail).filter((entity) => ['CARDINAL', 'ORDINAL', 'DATE', 'MONEY', 'PERCENT', 'DURATION'].includes(entity.type));
  ours += mine.length;
  theirs += entities.length;
  both += mine.filter((surface) => entities.some((entity) => entity.value.includes(surface.replace(/-$/, '')))).length;
  console.log(`${file}: bitekst ${JSON.stringify(mine)}`);
  console.log(`${file}: wink-nlp ${JSON.stringify(entities.map((entity) => `${entity.value} (${entity.type})`))}`);
}
console.log(`\nbitekst finds ${ours} numbers with values; wink-nlp tags ${theirs} number-like entities, covering ${both} of bitekst's, as text spans without values.`);
