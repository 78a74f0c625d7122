// npm run demo: runs bitekst on the bundled corpus, with the built package, as a user would.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentSentences } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'corpus');
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));

for (const document of manifest.documents) {
  const text = readFileSync(join(corpus, document.file), 'utf8');
  const sentences = segmentSentences(text, { lang: document.lang });
  console.log(`\n== ${document.file} (${document.lang}) "${document.title}": ${sentences.length} sentences`);
  for (const [index, sentence] of sentences.entries()) {
    console.log(`${String(index).padStart(3)} ¶${String(sentence.paragraph).padEnd(3)} ${sentence.text}`);
  }
}
