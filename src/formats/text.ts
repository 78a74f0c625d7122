import type { Alignment } from '../types.js';
import { alignmentArgument } from '../options.js';

/**
 * The aligned pairs for a person to read: each bead with its indices and score, then its source
 * and target sentences, one per line, marked with their language. Unaligned sentences are
 * flagged `only in source` / `only in target`.
 *
 * @example
 * ```
 * [0]:[2]  score 1.00
 *   nb │ Separatistene, som har kontrollert enklaven siden 1994, …
 *   en │ The separatists, who have controlled the enclave since 1994, …
 * ```
 */
export function formatText(alignment: Pick<Alignment, 'beads' | 'source' | 'target' | 'sourceLang' | 'targetLang'>): string {
  alignmentArgument(alignment, 'alignment', 'formatText');
  const lines: string[] = [];
  for (const bead of alignment.beads) {
    const label = `[${bead.source.join(',')}]:[${bead.target.join(',')}]`;
    const flag = bead.source.length === 0 ? '  + only in target' : bead.target.length === 0 ? '  − only in source' : '';
    lines.push(`${label}  score ${bead.score.toFixed(2)}${flag}`);
    for (const index of bead.source) lines.push(`  ${alignment.sourceLang} │ ${alignment.source[index]!.text}`);
    for (const index of bead.target) lines.push(`  ${alignment.targetLang} │ ${alignment.target[index]!.text}`);
    lines.push('');
  }
  return lines.join('\n');
}
