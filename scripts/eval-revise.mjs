// Part of npm run eval: random revisions of gold-aligned documents (a number changed, a name
// swapped, a word replaced, a typo fixed, a sentence deleted or inserted) and how well
// compareRevisions calls the English sentences that became stale.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareRevisions, extractNumbers } from '../dist/index.js';
import { benchDir, random } from './bench/synthetic.mjs';

const lines = (text) => { const all = text.split('\n'); if (all.at(-1) === '') all.pop(); return all; };
const totals = { truthStale: 0, calledStale: 0, correct: 0, revisions: 0 };
for (const dataset of ['parice-en-is-test', 'textberg-de-fr-test']) {
  const dir = join(benchDir, dataset);
  if (!existsSync(dir)) continue;
  const [, sourceLang, targetLang] = /-([a-z]{2})-([a-z]{2})/.exec(dataset);
  const next = random(5);
  for (const gold of readdirSync(dir).filter((file) => file.endsWith('.gold')).sort()) {
    const doc = gold.slice(0, -5);
    const source = lines(readFileSync(join(dir, `${doc}.src`), 'utf8'));
    const target = lines(readFileSync(join(dir, `${doc}.tgt`), 'utf8'));
    const beads = lines(readFileSync(join(dir, gold), 'utf8')).map((line) => line.split(':').slice(0, 2).map((side) => JSON.parse(side)));
    const alignment = { sourceLang, targetLang, source: source.map((text, index) => ({ start: index, end: index, text, paragraph: 0 })), target: target.map((text, index) => ({ start: index, end: index, text, paragraph: 0 })), beads: beads.filter(([s, t]) => s.length + t.length > 0 && s.every((i) => i < source.length) && t.every((i) => i < target.length)).map(([s, t]) => ({ source: s, target: t, score: 1 })), model: {} };
    // Gold alignments may leave sentences out; those are not judged.
    const partners = new Map();
    for (const bead of alignment.beads) for (const s of bead.source) partners.set(s, bead.target);
    for (let round = 0; round < 6; round += 1) {
      const revised = [...source];
      const stale = new Set();
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e += 1) {
        const at = Math.floor(next() * revised.length);
        const text = revised[at];
        const kind = Math.floor(next() * 4);
        const numbers = extractNumbers(text, { lang: sourceLang }).filter((n) => n.kind !== 'word' && /\d/.test(n.text));
        if (kind === 0 && numbers.length > 0) {
          const n = numbers[0];
          const digit = n.start + n.text.search(/\d/);
          revised[at] = text.slice(0, digit) + String((Number(text[digit]) + 3) % 10) + text.slice(digit + 1);
          for (const t of partners.get(at) ?? []) stale.add(t);
        } else if (kind === 1) {
          const words = text.split(' ');
          const w = words.findIndex((word) => word.length > 6);
          if (w === -1) continue;
          words[w] = words[w].slice(0, 2) + words[w].slice(3); // a typo fix: one letter
          revised[at] = words.join(' ');
        } else if (kind === 2) {
          revised[at] = `${text} Dette er en helt ny opplysning om saken som endrer innholdet vesentlig.`;
          for (const t of partners.get(at) ?? []) stale.add(t);
        } else {
          revised[at] = 'Setningen er skrevet om fra grunnen av med helt andre ord enn før.';
          for (const t of partners.get(at) ?? []) stale.add(t);
        }
      }
      const report = compareRevisions(source, revised, target, { alignment });
      const called = new Set(report.targets.filter((entry) => entry.status === 'stale' || entry.status === 'orphaned').map((entry) => entry.target));
      totals.revisions += 1;
      totals.truthStale += stale.size;
      totals.calledStale += called.size;
      totals.correct += [...called].filter((t) => stale.has(t)).length;
    }
  }
}
const ratio = (a, b) => (b === 0 ? '–' : (a / b).toFixed(3));
console.log('\nSource revisions: random edits of the gold sets (numbers changed, words added, sentences rewritten, typos fixed)\n');
console.log('| revisions | stale sentences | called stale | precision | recall |');
console.log('|---:|---:|---:|---:|---:|');
console.log(`| ${totals.revisions} | ${totals.truthStale} | ${totals.calledStale} | ${ratio(totals.correct, totals.calledStale)} | ${ratio(totals.correct, totals.truthStale)} |`);
