// Align two texts and write a TMX 1.4b file a CAT tool can import, with the findings as props.
import { writeFileSync } from 'node:fs';
import { alignSentences, checkDivergences, formatTmx } from 'bitekst';

const alignment = alignSentences('Hunden sov. Katten lekte i hagen i 2019.', 'The dog slept. The cat played in the garden in 2019.');
const { findings } = checkDivergences(alignment);
const output = process.argv[2] ?? 'memory.tmx';
writeFileSync(output, formatTmx(alignment, { findings }));
console.log(`wrote ${output}: ${alignment.beads.length} translation units`);
