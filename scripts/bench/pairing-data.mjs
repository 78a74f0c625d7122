// Synthetic document collections for the pairing benchmark: the gold-aligned documents of
// ../shared/bench/ cut into articles of 6–20 beads (seeded), a quarter of each side's
// counterparts removed, the other articles of the same document as same-topic distractors.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, random } from './synthetic.mjs';

const lines = (text) => { const all = text.split('\n'); if (all.at(-1) === '') all.pop(); return all; };

/**
 * Collections per dataset: `{ dataset, sourceLang, targetLang, sources, targets, truth: Map<source, target>, partial: Set<source> }`.
 * `partial` holds the true pairs where less than half of one side's sentences have a counterpart
 * on the other (a cut through a long omission): pairs by construction, translations hardly.
 */
export function pairingCollections(seed = 3) {
  const collections = [];
  for (const dataset of ['textberg-de-fr-test', 'textberg-de-fr-dev', 'parice-en-is-test']) {
    const dir = join(benchDir, dataset);
    if (!existsSync(dir)) continue;
    const [, sourceLang, targetLang] = /-([a-z]{2})-([a-z]{2})/.exec(dataset);
    const next = random(seed);
    const sources = [];
    const targets = [];
    const truth = new Map();
    const partial = new Set();
    for (const gold of readdirSync(dir).filter((file) => file.endsWith('.gold')).sort()) {
      const doc = gold.slice(0, -5);
      const src = lines(readFileSync(join(dir, `${doc}.src`), 'utf8'));
      const tgt = lines(readFileSync(join(dir, `${doc}.tgt`), 'utf8'));
      const beads = lines(readFileSync(join(dir, gold), 'utf8')).map((line) => line.split(':').map((side) => JSON.parse(side)));
      for (let at = 0, part = 0; at < beads.length; part += 1) {
        const size = 6 + Math.floor(next() * 15);
        const chunk = beads.slice(at, at + size);
        at += size;
        const id = `${doc}-${part}`;
        const text = (indices, side) => indices.map((index) => side[index]).filter((line) => line !== undefined).join('\n');
        const sourceText = text(chunk.flatMap(([s]) => s), src);
        const targetText = text(chunk.flatMap(([, t]) => t), tgt);
        const roll = next();
        if (roll >= 0.25 && sourceText.trim()) sources.push({ id: `${id}.${sourceLang}`, text: sourceText });
        if ((roll < 0.25 || roll >= 0.5) && targetText.trim()) targets.push({ id: `${id}.${targetLang}`, text: targetText });
        if (roll >= 0.5 && sourceText.trim() && targetText.trim()) {
          truth.set(`${id}.${sourceLang}`, `${id}.${targetLang}`);
          const joined = chunk.filter(([s, t]) => s.length > 0 && t.length > 0);
          const share = (side) => joined.flatMap((bead) => bead[side]).length / Math.max(1, chunk.flatMap((bead) => bead[side]).length);
          if (share(0) < 0.5 || share(1) < 0.5) partial.add(`${id}.${sourceLang}`);
        }
      }
    }
    collections.push({ dataset, sourceLang, targetLang, sources, targets, truth, partial });
  }
  return collections;
}

/**
 * Collections of whole news articles (ntrex-nb-en-dev-clean: each document's Norwegian and
 * English sides as two files), a random quarter of each side's counterparts removed (seeded), so
 * half the articles of a collection have no counterpart, as in a real folder.
 */
export function newsCollections(seed) {
  const dir = join(benchDir, 'ntrex-nb-en-dev-clean');
  if (!existsSync(dir)) return [];
  const next = random(seed);
  const sources = [];
  const targets = [];
  const truth = new Map();
  for (const gold of readdirSync(dir).filter((file) => file.endsWith('.gold')).sort()) {
    const doc = gold.slice(0, -5);
    const roll = next();
    const source = { id: `${doc}.nb`, text: lines(readFileSync(join(dir, `${doc}.src`), 'utf8')).join('\n') };
    const target = { id: `${doc}.en`, text: lines(readFileSync(join(dir, `${doc}.tgt`), 'utf8')).join('\n') };
    if (roll >= 0.25) sources.push(source);
    if (roll < 0.25 || roll >= 0.5) targets.push(target);
    if (roll >= 0.5) truth.set(source.id, target.id);
  }
  return [{ dataset: 'ntrex-nb-en-dev-clean', sourceLang: 'nb', targetLang: 'en', sources, targets, truth, partial: new Set() }];
}
