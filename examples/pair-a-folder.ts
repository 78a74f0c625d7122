// Pair the Norwegian and English articles of a folder (the bundled corpus by default).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairDocuments, splitByLanguage } from 'bitekst';

const folder = process.argv[2] ?? join(import.meta.dirname, '..', 'corpus');
const documents = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => ({ id: file, text: readFileSync(join(folder, file), 'utf8') }));
const { nb, en, issues } = splitByLanguage(documents);
const result = pairDocuments(nb, en, { sourceLang: 'nb', targetLang: 'en' });
for (const pair of result.pairs) console.log(`${pair.source} ↔ ${pair.target} (${pair.score})`);
console.log('no counterpart:', [...result.unpaired.source, ...result.unpaired.target].join(', '));
for (const issue of [...issues, ...result.issues]) console.log(`skipped ${issue.id}: ${issue.reason}`);
