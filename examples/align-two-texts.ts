// Align a Norwegian text with its English translation and print the pairs.
import { alignSentences, formatText } from 'bitekst';

const norwegian = `Krigen krevde 30.000 liv. Om lag 800.000 ble drevet på flukt.

– Vi ber partene stanse skytingen, sier utenriksdepartementet.`;
const english = `The war claimed 30,000 lives. About 800,000 were forced to flee.

Photo: NTB

– We ask the parties to stop the shooting, the foreign ministry says.`;

const alignment = alignSentences(norwegian, english, { sourceLang: 'nb', targetLang: 'en' });
console.log(formatText(alignment));
for (const bead of alignment.beads) {
  console.log(`[${bead.source}]:[${bead.target}] ${bead.score}`);
}
