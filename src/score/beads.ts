/** A bead shape: how many source and target sentences it joins. */
export interface BeadType {
  source: number;
  target: number;
}

/**
 * The bead shapes an alignment may use: 1-0 and 0-1 (omissions and additions), then every
 * n-m with n, m ≥ 1, each side at most `maxSide` and both together at most `maxTotal`
 * (Vecalign's `max_align`). The aligner's defaults, `beadTypes(4, 5)`, give 12 shapes: 1-0, 0-1,
 * 1-1, 1-2, 2-1, 1-3, 2-2, 3-1, 1-4, 2-3, 3-2 and 4-1.
 */
export function beadTypes(maxSide: number, maxTotal: number): BeadType[] {
  const types: BeadType[] = [
    { source: 1, target: 0 },
    { source: 0, target: 1 },
  ];
  for (let total = 2; total <= maxTotal; total += 1) {
    for (let source = 1; source < total; source += 1) {
      const target = total - source;
      if (source <= maxSide && target <= maxSide) types.push({ source, target });
    }
  }
  return types;
}

/**
 * Log prior of a bead shape, before any evidence: 1-1 is the norm; each sentence beyond the
 * first on either side costs `mergeCost`, and an uneven bead costs `unevenCost` more per sentence
 * of difference beyond one. Omissions and additions are scored separately (`nullScore`).
 */
export function beadPrior(type: BeadType, mergeCost: number, unevenCost: number): number {
  const extra = type.source + type.target - 2;
  const uneven = Math.max(0, Math.abs(type.source - type.target) - 1);
  return -mergeCost * extra - unevenCost * uneven;
}
