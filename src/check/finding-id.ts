import type { Finding } from '../types.js';
/** FNV-1a, 32 bits: a short, stable hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A stable id for a finding: its kind and a hash of what it is about (the texts of its
 * sentences and its values), not of sentence positions, so that it survives edits elsewhere in
 * the document and a translator can suppress a known false alarm once.
 */
export function findingId(finding: Omit<Finding, 'id'>, sourceText: string, targetText: string): string {
  const { evidence } = finding;
  const basis = [
    finding.kind,
    finding.subkind ?? '',
    sourceText.replace(/\s+/g, ' ').trim(),
    targetText.replace(/\s+/g, ' ').trim(),
    String(evidence.sourceValue ?? ''),
    String(evidence.targetValue ?? ''),
  ].join('\u0000');
  return `${finding.kind}-${fnv1a(basis).toString(36).padStart(7, '0')}`;
}
