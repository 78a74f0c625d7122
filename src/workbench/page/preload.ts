/// <reference lib="dom" />
import { languageInput, setSideText } from './side-texts.js';
import { startAlignment } from './start-alignment.js';
import { describeError, setStatus } from './status.js';

/** Data the `bitekst workbench` server writes into the page: the two texts to align on opening. */
interface Preload {
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  sourceLang?: string;
  targetLang?: string;
}

/** Aligns the texts the server wrote into the page (`#bitekst-preload`), if there are any. */
export function preload(): void {
  const element = document.getElementById('bitekst-preload');
  if (element === null) return;
  try {
    const data = JSON.parse(element.textContent ?? '') as Preload;
    setSideText('source', data.source, data.sourceName);
    setSideText('target', data.target, data.targetName);
    if (data.sourceLang !== undefined) languageInput('source').value = data.sourceLang;
    if (data.targetLang !== undefined) languageInput('target').value = data.targetLang;
    startAlignment();
  } catch (error) {
    setStatus(`Could not read the texts given on the command line: ${describeError(error)}`, true);
  }
}
