/// <reference lib="dom" />
import type { ExportFile, ExportOptions } from '../export.js';
import { byId, el } from './dom.js';
import { describeError, setStatus } from './status.js';

/**
 * The export options from the form: the minimum score (clamped to 0–1, 0.5 when not a number),
 * the two check boxes, and the TMX languages when the field holds two, comma-separated.
 */
export function exportOptions(): ExportOptions {
  const tmxLang = byId<HTMLInputElement>('tmx-lang').value.split(',').map((part) => part.trim());
  const minScore = Number(byId<HTMLInputElement>('min-score').value);
  return {
    minScore: Number.isFinite(minScore) ? Math.min(1, Math.max(0, minScore)) : 0.5,
    includeUnaligned: byId<HTMLInputElement>('include-unaligned').checked,
    leaveOutDismissed: byId<HTMLInputElement>('leave-out-dismissed').checked,
    ...(tmxLang.length === 2 && tmxLang.every((part) => part !== '') ? { languages: { source: tmxLang[0]!, target: tmxLang[1]! } } : {}),
  };
}

/** Saves files through the browser's downloads (a Blob URL each, revoked after a while). */
export function download(files: readonly ExportFile[]): void {
  try {
    for (const file of files) {
      const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
      const link = el('a', { href: url, download: file.name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    setStatus(`Saved ${files.map((file) => file.name).join(' and ')}.`);
  } catch (error) {
    setStatus(describeError(error), true);
  }
}
