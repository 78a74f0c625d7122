// Check a translation before delivery: print every error and warning, and fail like a CI step would.
import { checkDivergences } from 'bitekst';

const source = ['Krigen krevde 30.000 liv i 1994, sier Putin.', 'Det var to helikoptre.'];
const target = ['The war claimed 36,000 lives in 1994, says Medvedev.', 'There were two helicopters.'];

const { findings, summary } = checkDivergences({ source, target }, { sourceLang: 'nb', targetLang: 'en', minSeverity: 'warning' });
for (const finding of findings) {
  console.log(`${finding.severity} ${finding.kind}: ${finding.message} [${finding.id}]`);
}
console.log(`${summary.severities.error} errors, ${summary.severities.warning} warnings`);
process.exitCode = summary.severities.error > 0 ? 1 : 0;
