// npm run demo: runs bitekst on the bundled corpus, with the built package, as a user would.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { alignSentences, checkDivergences, formatFindingsText, formatHtml, formatText, pairDocuments, segmentSentences, splitByLanguage } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'corpus');
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
const read = (file) => readFileSync(join(corpus, file), 'utf8');

console.log('== 1. Pairing: which English article translates which Norwegian one?\n');
const collection = manifest.documents.map((document) => ({ id: document.file, text: read(document.file) }));
const { nb, en } = splitByLanguage(collection);
console.log(`languages detected: ${nb.length} Norwegian (${nb.map((d) => d.id.slice(0, 3)).join(', ')}), ${en.length} English (${en.map((d) => d.id.slice(0, 3)).join(', ')})`);
const pairing = pairDocuments(nb, en);
for (const pair of pairing.pairs) console.log(`pair: ${pair.source} ↔ ${pair.target}  score ${pair.score}`);
console.log(`no counterpart: ${[...pairing.unpaired.source, ...pairing.unpaired.target].join(', ')}`);

console.log('\n== 2. Segmentation: the corpus, sentence by sentence');
for (const document of manifest.documents) {
  const sentences = segmentSentences(read(document.file), { lang: document.lang });
  console.log(`\n-- ${document.file} (${document.lang}) "${document.title}": ${sentences.length} segments`);
  for (const [index, sentence] of sentences.entries()) {
    console.log(`${String(index).padStart(3)} ¶${String(sentence.paragraph).padEnd(3)} ${sentence.text}`);
  }
}

for (const pair of pairing.pairs) {
  const source = manifest.documents.find((document) => document.file === pair.source);
  const target = manifest.documents.find((document) => document.file === pair.target);
  const alignment = alignSentences(read(source.file), read(target.file), { sourceLang: source.lang, targetLang: target.lang });
  const joined = alignment.beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0).length;
  console.log(`\n== 3. Alignment: ${source.file} ↔ ${target.file}`);
  console.log(`${alignment.beads.length} beads: ${joined} translation pairs, ${alignment.beads.length - joined} sentences on one side only\n`);
  console.log(formatText(alignment));
  console.log(`== 4. Divergences: where ${target.file} departs from ${source.file}\n`);
  const report = checkDivergences(alignment);
  console.log(formatFindingsText(report));
  const html = join(root, 'corpus-report.html');
  writeFileSync(html, formatHtml(report, { sourceName: source.file, targetName: target.file }));
  console.log(`== 5. Report: open ${html} in a browser`);
}
