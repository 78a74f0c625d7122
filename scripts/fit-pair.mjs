// Fits the pair score's weights (src/documents/pair-score.ts) on the gold-set pairing
// collections, seeds 1–5 (eval-pair.mjs reports seeds 1–10): every source's five best index
// candidates and every true pair are verified as pairDocuments verifies them, and a logistic
// regression (Newton's method, light L2) is fitted on the features. Needs ../shared/bench.
// Run: npx tsx scripts/fit-pair.mjs
import { findCandidates } from '../src/documents/candidates.ts';
import { fingerprintDocument } from '../src/documents/fingerprint.ts';
import { verifyPair } from '../src/documents/verify.ts';
import { pairingCollections } from './bench/pairing-data.mjs';

const FEATURES = ['similarity', 'coverage', 'evidence', 'oneToOne', 'numberOrder', 'lengthMisfit'];
const rows = [];
for (const seed of [1, 2, 3, 4, 5]) {
  for (const collection of pairingCollections(seed)) {
    const sources = collection.sources.map((document) => fingerprintDocument(document, collection.sourceLang));
    const targets = collection.targets.map((document) => fingerprintDocument(document, collection.targetLang));
    const candidates = findCandidates(sources, targets, 5);
    const ratios = candidates.filter((c) => c.similarity >= 0.3).map((c) => targets[c.target].chars / Math.max(1, sources[c.source].chars)).sort((a, b) => a - b);
    const expectedRatio = ratios.length >= 3 ? ratios[ratios.length >> 1] : 1;
    const seen = new Set();
    const add = (s, t, similarity) => {
      if (s < 0 || t < 0 || seen.has(`${s}:${t}`)) return;
      seen.add(`${s}:${t}`);
      const check = verifyPair(sources[s], targets[t], expectedRatio);
      rows.push({ label: collection.truth.get(sources[s].id) === targets[t].id ? 1 : 0, x: [1, Math.min(1, similarity), check.coverage, check.evidence, check.oneToOne, check.numberOrder, -check.lengthMisfit] });
    };
    for (const candidate of candidates) add(candidate.source, candidate.target, candidate.similarity);
    for (const [s, t] of collection.truth) add(sources.findIndex((p) => p.id === s), targets.findIndex((p) => p.id === t), 0);
  }
}
if (rows.length === 0) throw new Error('no bench data: ../shared/bench is needed');

const size = FEATURES.length + 1;
let w = new Array(size).fill(0);
const L2 = 1e-4;
for (let iteration = 0; iteration < 50; iteration += 1) {
  const gradient = new Array(size).fill(0);
  const hessian = Array.from({ length: size }, () => new Array(size).fill(0));
  for (const { label, x } of rows) {
    const p = 1 / (1 + Math.exp(-x.reduce((sum, value, k) => sum + value * w[k], 0)));
    for (let a = 0; a < size; a += 1) {
      gradient[a] += (p - label) * x[a];
      for (let b = 0; b < size; b += 1) hessian[a][b] += p * (1 - p) * x[a] * x[b];
    }
  }
  for (let a = 1; a < size; a += 1) {
    gradient[a] += L2 * rows.length * w[a];
    hessian[a][a] += L2 * rows.length;
  }
  w = w.map((value, k) => value - solve(hessian, gradient)[k]);
}

console.log(`${rows.length} verified candidates, ${rows.filter((row) => row.label).length} true pairs`);
console.log(JSON.stringify({ bias: round(w[0]), ...Object.fromEntries(FEATURES.map((name, k) => [name, round(w[k + 1])])) }));
for (const threshold of [0.5, 0.7, 0.9]) {
  let truePositives = 0;
  let falsePositives = 0;
  for (const { label, x } of rows) {
    if (1 / (1 + Math.exp(-x.reduce((sum, value, k) => sum + value * w[k], 0))) < threshold) continue;
    if (label) truePositives += 1;
    else falsePositives += 1;
  }
  console.log(`score ≥ ${threshold}: ${truePositives} true pairs, ${falsePositives} others (before one-to-one linking)`);
}

function round(value) {
  return Math.round(value * 100) / 100;
}

/** Solves m·x = v by Gaussian elimination with partial pivoting. */
function solve(m, v) {
  const n = v.length;
  const a = m.map((row, i) => [...row, v[i]]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    for (let r = 0; r < n; r += 1) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= n; k += 1) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((row, i) => row[n] / row[i]);
}
