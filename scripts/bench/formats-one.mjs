// Child process of npm run bench: every format writer on one alignment of N beads (1-1 beads from
// the synthetic pair, a 1-0 and a 0-1 bead every 50, one finding every 10 beads), timed apart.
// Prints JSON: seconds per writer and the process's peak memory.
import { formatBeads, formatHtml, formatJson, formatLadder, formatMoses, formatText, formatTmx, formatTsv } from '../../dist/index.js';
import { syntheticPair } from './synthetic.mjs';

const size = Number(process.argv[2]);
const { source: sourceTexts, target: targetTexts, sourceLang, targetLang } = syntheticPair(size);
const sentences = (texts) => {
  let offset = 0;
  return texts.map((text) => {
    const sentence = { text, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return sentence;
  });
};
const source = sentences(sourceTexts);
const target = sentences(targetTexts);
const beads = [];
let s = 0;
let t = 0;
while (s < source.length || t < target.length) {
  const k = beads.length;
  if (s < source.length && (t >= target.length || k % 50 === 17)) beads.push({ source: [s++], target: [], score: 0.9 });
  else if (t < target.length && (s >= source.length || k % 50 === 33)) beads.push({ source: [], target: [t++], score: 0.9 });
  else beads.push({ source: [s++], target: [t++], score: 0.5 + (k % 50) / 100 });
}
const alignment = { sourceLang, targetLang, source, target, beads, model: { lengthRatio: 1, lengthVariance: 6.8, lexiconSize: 0, passes: 1, cells: 0, evidence: 1 } };
const findings = [];
beads.forEach((bead, k) => {
  if (k % 10 !== 0 || bead.source.length === 0 || bead.target.length === 0) return;
  findings.push({ id: `number-${k}`, kind: 'number', severity: 'warning', source: bead.source, target: bead.target, message: `The number ${k} in the source is missing in the translation.`, evidence: { sourceValue: k } });
});
const severities = { error: 0, warning: findings.length, info: 0 };
const report = { alignment, findings, summary: { kinds: { number: findings.length }, severities, coverage: { source: 1, target: 1 } } };

const writers = {
  beads: () => formatBeads(beads),
  ladder: () => formatLadder(beads),
  text: () => formatText(alignment),
  json: () => formatJson(alignment, { findings }),
  tsv: () => formatTsv(alignment, { findings }),
  tmx: () => formatTmx(alignment, { creationDate: new Date(0) }),
  moses: () => formatMoses(alignment),
  html: () => formatHtml(report),
};
const seconds = {};
for (const [name, write] of Object.entries(writers)) {
  const started = performance.now();
  const out = write();
  seconds[name] = (performance.now() - started) / 1000;
  if ((typeof out === 'string' ? out : out.source).length === 0) throw new Error(`${name} wrote nothing`);
}
console.log(JSON.stringify({ size: beads.length, findings: findings.length, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
