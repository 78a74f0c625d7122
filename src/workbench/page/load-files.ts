/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { checkFileSize, readFile } from '../input.js';
import { openSession } from './review.js';
import { setSideText, type Side } from './side-texts.js';
import { describeError, setStatus } from './status.js';

async function readDropped(file: File): Promise<ReturnType<typeof readFile>> {
  checkFileSize(file.size, file.name);
  return readFile(new Uint8Array(await file.arrayBuffer()), file.name);
}

/**
 * Files dropped or chosen: an alignment opens for review; texts fill their side (two texts: both
 * sides). A file that cannot be read is named in the status line, and nothing else is taken.
 */
export async function takeFiles(files: readonly File[], side: Side | undefined): Promise<void> {
  try {
    const read = [];
    for (const file of files.slice(0, 2)) {
      try {
        read.push(await readDropped(file));
      } catch (error) {
        const message = describeError(error);
        setStatus(`Could not read ${file.name}: ${message.startsWith(`${file.name}: `) ? message.slice(file.name.length + 2) : message}`, true);
        return;
      }
    }
    const alignment = read.find((entry) => entry.kind === 'alignment');
    if (alignment !== undefined && alignment.kind === 'alignment') {
      openSession(alignment.session);
      setStatus(`Opened ${alignment.name}: ${alignment.session.beads.length} beads.`);
      return;
    }
    const texts = read.filter((entry) => entry.kind === 'text');
    if (texts.length === 2) {
      // Two texts at once: the Norwegian one is the source when detection tells them apart.
      const [first, second] = texts[0]!.lang === 'en' && texts[1]!.lang !== 'en' ? [texts[1]!, texts[0]!] : [texts[0]!, texts[1]!];
      setSideText('source', first.text, first.name);
      setSideText('target', second.text, second.name);
      setStatus(`Read ${first.name} and ${second.name}. Press "Align and check" (Ctrl+Enter).`);
    } else if (texts.length === 1) {
      setSideText(side ?? 'source', texts[0]!.text, texts[0]!.name);
      setStatus(`Read ${texts[0]!.name} as the ${side ?? 'source'}.`);
    }
  } catch (error) {
    setStatus(`Could not read the file: ${describeError(error)}`, true);
  }
}

/** Makes an element a drop zone for files: a side's (highlighted while dragged over) or, with no side, the whole page. */
export function setUpDrop(zone: HTMLElement, side: Side | undefined): void {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (side !== undefined) zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    event.stopPropagation();
    zone.classList.remove('over');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void takeFiles(files, side);
  });
}
