// Builds long synthetic document pairs for benchmarks: translation pairs drawn (with a fixed
// seed) from the gold 1-1 beads of ../shared/bench/ when present, else from the corpus pair,
// with 3 % extra sentences inserted on each side (captions, additions) and the truth recorded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = process.env.BITEKST_BENCH ?? join(root, '..', 'shared', 'bench');

/** A small, seeded pseudo-random generator (mulberry32). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const lines = (text) => { const all = text.split('\n'); if (all.at(-1) === '') all.pop(); return all; };

/** Translation pairs [source, target] and the languages they are in. */
export function translationPairs() {
  const dataset = join(benchDir, 'textberg-de-fr-test');
  if (existsSync(dataset)) {
    const pairs = [];
    for (const name of ['textberg-de-fr-test', 'textberg-de-fr-dev']) {
      const dir = join(benchDir, name);
      for (const gold of readdirSync(dir).filter((file) => file.endsWith('.gold'))) {
        const doc = gold.slice(0, -5);
        const src = lines(readFileSync(join(dir, `${doc}.src`), 'utf8'));
        const tgt = lines(readFileSync(join(dir, `${doc}.tgt`), 'utf8'));
        for (const line of lines(readFileSync(join(dir, gold), 'utf8'))) {
          const [s, t] = line.split(':').map((side) => JSON.parse(side));
          if (s.length === 1 && t.length === 1) pairs.push([src[s[0]], tgt[t[0]]]);
        }
      }
    }
    return { pairs, sourceLang: 'de', targetLang: 'fr', origin: 'Text+Berg gold 1-1 beads' };
  }
  return { pairs: corpusPairs(), sourceLang: 'nb', targetLang: 'en', origin: 'corpus pair 000/003' };
}

function corpusPairs() {
  const read = (file) => readFileSync(join(root, 'corpus', file), 'utf8').split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
  const nb = read('000_559091eebb7a8267.txt');
  const en = read('003_922ec93c98972236.txt');
  return nb.map((text, index) => [text, en[Math.min(index + 2, en.length - 1)]]);
}

/**
 * A document pair of `size` translation pairs with 3 % insertions on each side.
 * `truth` lists the [source index, target index] of every translation pair.
 */
export function syntheticPair(size, seed = 1) {
  const { pairs, sourceLang, targetLang } = translationPairs();
  const next = random(seed);
  const pick = () => pairs[Math.floor(next() * pairs.length)];
  const source = [];
  const target = [];
  const truth = [];
  for (let index = 0; index < size; index += 1) {
    if (next() < 0.03) source.push(pick()[0]);
    if (next() < 0.03) target.push(pick()[1]);
    const [s, t] = pick();
    truth.push([source.length, target.length]);
    source.push(s);
    target.push(t);
  }
  return { source, target, truth, sourceLang, targetLang };
}
