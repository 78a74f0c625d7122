import { jointBeads, sideText } from '../../alignment.js';
import type { Check } from '../types.js';
import type { Finding } from '../../types.js';

/**
 * Beads whose length ratio lies far outside the document's own distribution: a partial
 * translation or a truncated sentence (target much shorter), or material added inside a
 * sentence (much longer). The distribution is the median and median absolute deviation of the
 * log length ratio over the document's beads; a bead is flagged beyond four deviations (and at
 * least a factor 1.6) when the lengths also differ by 30 characters or more.
 */
export const checkLength: Check = ({ alignment }) => {
  const beads = jointBeads(alignment);
  if (beads.length === 0) return [];
  const lengths = beads.map((bead) => [sideText(alignment, bead, 'source').length, sideText(alignment, bead, 'target').length] as const);
  const ratios = lengths.map(([s, t]) => Math.log((t + 10) / (s + 10)));
  const median = middle(ratios);
  const spread = beads.length >= 5 ? 1.4826 * middle(ratios.map((ratio) => Math.abs(ratio - median))) : 0.15;
  const limit = Math.max(4 * spread, Math.log(1.6));
  const findings: Omit<Finding, 'id'>[] = [];
  beads.forEach((bead, index) => {
    const [s, t] = lengths[index]!;
    const deviation = ratios[index]! - median;
    if (Math.abs(deviation) <= limit || Math.abs(t - s * Math.exp(median)) < 30) return;
    const shorter = deviation < 0;
    findings.push({
      kind: 'length',
      subkind: shorter ? 'short' : 'long',
      severity: 'warning',
      source: bead.source,
      target: bead.target,
      message: shorter
        ? `The translation is much shorter than its source (${t} against ${s} characters): it may be partial or truncated.`
        : `The translation is much longer than its source (${t} against ${s} characters): it may add material.`,
      evidence: { sourceValue: s, targetValue: t, score: Math.round(Math.exp(ratios[index]!) * 100) / 100, expected: `about ${Math.round(s * Math.exp(median))} characters` },
    });
  });
  return findings;
};

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
