// Read a TMX file written by a CAT tool (TMX 1.1 or 1.4, inline tags kept as text).
import { readFileSync } from 'node:fs';
import { BitekstError, parseTmx } from 'bitekst';

const text =
  process.argv[2] === undefined
    ? `<?xml version="1.0"?>
<tmx version="1.1"><header creationtool="CAT" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="nb-NO" datatype="rtf"/>
<body><tu><tuv lang="nb-NO"><seg>Trykk <ph>{1}</ph>Lagre.</seg></tuv><tuv lang="en-GB"><seg>Press <ph>{1}</ph>Save.</seg></tuv></tu></body></tmx>`
    : readFileSync(process.argv[2], 'utf8');

try {
  const alignment = parseTmx(text);
  for (const bead of alignment.beads) {
    const source = bead.source.map((index) => alignment.source[index]!.text).join(' ');
    const target = bead.target.map((index) => alignment.target[index]!.text).join(' ');
    console.log(`${alignment.sourceLang}: ${source}\n${alignment.targetLang}: ${target}\n`);
  }
} catch (error) {
  if (error instanceof BitekstError) console.error(`${error.code} at line ${error.line}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
