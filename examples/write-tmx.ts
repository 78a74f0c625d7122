// Align two texts and write a TMX 1.4b file a CAT tool can import, with the findings as props.
// Usage: npx tsx examples/write-tmx.ts [memory.tmx]   (without a file name, the TMX goes to standard output)
import { writeFileSync } from 'node:fs';
import { alignSentences, checkDivergences, formatTmx } from 'bitekst';

const alignment = alignSentences('Hunden sov. Katten lekte i hagen i 2019.', 'The dog slept. The cat played in the garden in 2019.');
const { findings } = checkDivergences(alignment);
// For a translation memory: no one-language units, no doubtful pairs, today's date. Region codes
// would be languages: { source: 'nb-NO', target: 'en-GB' }.
const tmx = formatTmx(alignment, { findings, unaligned: false, minScore: 0.5, creationDate: new Date() });
const units = tmx.split('<tu ').length - 1;
const output = process.argv[2];
if (output === undefined) process.stdout.write(tmx);
else {
  writeFileSync(output, tmx);
  console.log(`wrote ${output}: ${units} translation units`);
}
