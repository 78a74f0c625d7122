import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJson } from '../../src/formats/json.js';
import { linesToSentences } from '../../src/alignment.js';
import { browserAvailable, launchBrowser } from '../helpers/browser.js';
import { corpusDocument, ROOT } from '../helpers/corpus.js';

// The workbench page in a real browser, set up as tests/report/html.test.ts is: the headless
// Chromium that @sparticuz/chromium ships (unpacked once into node_modules/.cache), or
// CHROMIUM_PATH; skipped with a message where neither exists. The page is dist/workbench.html,
// opened from a file:// URL as a translator would open it, with nothing reachable on the network.
const out = join(ROOT, 'tests', '.tmp', 'workbench');
const pageFile = join(ROOT, 'dist', 'workbench.html');
const available = browserAvailable;
if (!available) console.warn('tests/workbench/browser.test.ts skipped: no bundled Chromium for this platform; set CHROMIUM_PATH to a Chromium or Chrome to run it');
// The README shows these; BITEKST_SCREENSHOTS=docs writes them there (they change with every
// run's timings, so a plain test run leaves the committed ones alone).
const screenshots = process.env.BITEKST_SCREENSHOTS === 'docs' ? join(ROOT, 'docs') : out;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  if (!available) return;
  if (!existsSync(pageFile)) throw new Error('dist/workbench.html is missing: run "npm run build" (npm test builds first)');
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface DroppedFile {
  name: string;
  bytes: number[] | string;
}

/** Drops files on an element as a drag from the file manager does (a DataTransfer of Files). */
async function drop(page: Page, selector: string, files: DroppedFile[]): Promise<void> {
  await page.evaluate(
    ({ selector, files }) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(new File([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)], file.name));
      document.querySelector(selector)!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { selector, files },
  );
}

async function open(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.route(/^(?!file:|blob:|data:)/, (route) => route.abort()); // nothing may reach the network
  await page.goto(pathToFileURL(pageFile).href);
}

const status = (page: Page) => page.locator('#status').textContent();
const beadCount = (page: Page) => page.evaluate(() => Number(/(\d+) beads/.exec(document.getElementById('summary')!.textContent!)![1]));

async function download(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = join(out, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const pair = { source: corpusDocument('000'), target: corpusDocument('003') };

describe.runIf(available)('the workbench in Chromium', () => {
  it('aligns the dropped corpus pair; merges, splits, marks unaligned, dismisses; exports the TMX bitekst convert makes of the saved session', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await open(page);
    await drop(page, 'body', [
      { name: pair.target.file, bytes: pair.target.text },
      { name: pair.source.file, bytes: pair.source.text },
    ]);
    // Dropped in either order, the Norwegian text is the source; languages are detected.
    await expect.poll(() => page.inputValue('#source-lang')).toBe('nb');
    expect(await page.inputValue('#target-lang')).toBe('en');
    await page.click('#align');
    await page.waitForSelector('#review:not([hidden])', { timeout: 20_000 });
    expect(await status(page)).toMatch(/^Aligned 18 and 34 sentences/);
    expect(await beadCount(page)).toBe(35);

    // Merge bead 8 with bead 9 by the key m, then undo and redo it.
    await page.click('#bead-8 .gutter');
    await page.keyboard.press('m');
    expect(await status(page)).toMatch(/^Merged bead 8 with the next\. Re-checked in [\d.]+ ms\./);
    expect(await beadCount(page)).toBe(34);
    await page.keyboard.press('Control+z');
    expect(await beadCount(page)).toBe(35);
    await page.keyboard.press('Control+y');
    expect(await beadCount(page)).toBe(34);
    expect(await page.getAttribute('#bead-8', 'aria-label')).toMatch(/^Bead 8, 2-2, confidence 100 %, corrected/);
    // Split it after its two source sentences and one target sentence, from the toolbar.
    await page.fill('#split-source', '2');
    await page.fill('#split-target', '1');
    await page.click('#toolbar button[data-action="split"]');
    expect(await page.getAttribute('#bead-8', 'aria-label')).toMatch(/^Bead 8, 2-1,/);
    expect(await page.getAttribute('#bead-9', 'aria-label')).toMatch(/^Bead 9, 0-1,/);
    // Mark bead 5 (1-1) as having no counterpart: focus moves with j from bead 4.
    await page.click('#bead-4 .gutter');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bead-5');
    await page.keyboard.press('u');
    expect(await page.getAttribute('#bead-5', 'aria-label')).toMatch(/^Bead 5, 1-0, no counterpart/);
    expect(await page.getAttribute('#bead-6', 'aria-label')).toMatch(/^Bead 6, 0-1, no counterpart/);
    // Dismiss the first finding shown.
    const first = page.locator('#rows li[data-finding] button[data-do="dismiss"]').first();
    const dismissed = await first.getAttribute('data-finding');
    await first.click();
    expect(await page.locator(`#rows li[data-finding="${dismissed}"]`).getAttribute('class')).toBe('dismissed');
    expect(await page.textContent('#summary')).toMatch(/1 dismissed/);
    await page.screenshot({ path: join(screenshots, 'workbench-1400x900.png') });

    const tmx = await download(page, () => page.click('#export-buttons button[data-action="export"]'));
    expect(tmx.name).toBe(`${pair.source.file.replace(/\.txt$/, '')}.tmx`);
    const session = await download(page, () => page.keyboard.press('Control+s'));
    const saved = JSON.parse(session.text) as { workbench: { suppressions: string[]; fixed: number[] } };
    expect(saved.workbench.suppressions).toEqual([dismissed]);
    expect(saved.workbench.fixed).toEqual([4, 5, 8, 9]);
    // bitekst convert, given the same creation date, writes the same bytes from the session.
    const stamp = /creationdate="(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z"/.exec(tmx.text)!;
    const epoch = Date.UTC(+stamp[1]!, +stamp[2]! - 1, +stamp[3]!, +stamp[4]!, +stamp[5]!, +stamp[6]!) / 1000;
    const sessionFile = join(out, 'session.json');
    writeFileSync(sessionFile, session.text);
    const converted = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'convert', sessionFile, '--from', 'json', '--to', 'tmx'], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch) },
    });
    expect(tmx.text).toBe(converted);

    // The saved session reopens exactly: same beads, decisions and findings.
    const before = await page.locator('#summary').textContent();
    await drop(page, 'body', [{ name: 'review.session.json', bytes: session.text }]);
    await expect.poll(() => status(page)).toMatch(/^Opened review.session.json: 36 beads/);
    expect(await page.locator('#summary').textContent()).toBe(before);
    expect(await page.locator(`#rows li[data-finding="${dismissed}"]`).getAttribute('class')).toBe('dismissed');

    // Focus order follows the beads: from the current bead, Tab reaches its own finding buttons.
    await page.click('#bead-2 .gutter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => `${document.activeElement?.closest('.bead')?.id} ${document.activeElement?.textContent}`)).toBe('bead-2 Accept');
    // Re-align the rest around the corrected beads: one edit, undone by one undo.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('r');
    await expect.poll(() => status(page)).toMatch(/^Re-aligned the rest around the corrected beads(\. Re-checked in|: nothing changed)/);

    await page.setViewportSize({ width: 400, height: 800 });
    await page.click('#bead-3 .gutter');
    await page.evaluate(() => document.getElementById('summary')!.scrollIntoView());
    // Usable at 400 px: nothing wider than the screen, the sides stacked.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: join(screenshots, 'workbench-400x800.png') });
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  }, 45_000);

  it('refuses bad input with a message: a binary file, 50 MB of text, the same file twice, a TMX with entities', async () => {
    const page = await browser.newPage();
    await open(page);
    await drop(page, '#source-side', [{ name: 'photo.jpg', bytes: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xc3, 0x28] }]);
    await expect.poll(() => status(page)).toMatch(/photo\.jpg.*\(E_INPUT\)/);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Setning. '.repeat(50 * 1024 * 1024 / 9)], 'huge.txt'));
      document.getElementById('source-side')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => status(page)).toMatch(/huge\.txt: 50\.0 MB is more than the workbench reads.*\(E_BUDGET\)/);
    await drop(page, 'body', [
      { name: 'a.txt', bytes: pair.source.text },
      { name: 'b.txt', bytes: pair.source.text },
    ]);
    await expect.poll(() => page.inputValue('#target-text')).toBe(pair.source.text);
    await page.click('#align');
    expect(await status(page)).toMatch(/the same text .*\(E_INPUT\)/);
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<tmx version="1.4"><header srclang="nb"/><body><tu><tuv xml:lang="nb"><seg>&b;</seg></tuv></tu></body></tmx>\n';
    await drop(page, 'body', [{ name: 'bomb.tmx', bytes: bomb }]);
    await expect.poll(() => status(page)).toMatch(/bomb\.tmx.*\(E_TMX\)/);
    expect(await page.locator('#review').isHidden()).toBe(true);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  }, 30_000);

  it('shows markup in a text as text and never runs it', async () => {
    const page = await browser.newPage();
    await open(page);
    const source = 'Han skrev <script>window.pwned = 1</script> i teksten. Så kom "><img src=x onerror="window.pwned = 2"> også. Det var alt.';
    const target = 'He wrote <script>window.pwned = 1</script> in the text. Then came "><img src=x onerror="window.pwned = 2"> too. That was all.';
    await page.fill('#source-text', source);
    await page.fill('#target-text', target);
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('#review:not([hidden])', { timeout: 20_000 });
    const texts = await page.locator('#rows .sentence').allTextContents();
    expect(texts.join('\n')).toContain('<script>window.pwned = 1</script>');
    expect(texts.join('\n')).toContain('"><img src=x onerror="window.pwned = 2">');
    expect(await page.locator('#rows script, #rows img, body > img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  }, 30_000);

  it('renders only the visible rows of a 5,000-bead document and stays responsive', async () => {
    const lines = (prefix: string) => Array.from({ length: 5000 }, (_, index) => `${prefix} ${index + 1} handler om sak nummer ${index + 1}.`);
    const source = linesToSentences(lines('Setning'));
    const target = linesToSentences(lines('Sentence').map((line) => line.replace('handler om sak nummer', 'is about case number')));
    const json = formatJson({
      sourceLang: 'nb',
      targetLang: 'en',
      source,
      target,
      beads: source.map((_, index) => ({ source: [index], target: [index], score: 0.9 })),
      model: { lengthRatio: 1, lengthVariance: 6.8, lexiconSize: 0, passes: 1, cells: 0, evidence: 1 },
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await open(page);
    await drop(page, 'body', [{ name: 'book.json', bytes: json }]);
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Opened book.json: 5000 beads/);
    expect(await page.locator('#rows .bead').count()).toBeLessThan(80);
    await page.click('#bead-1 .gutter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bead-1');
    const started = Date.now();
    for (let press = 0; press < 20; press += 1) await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bead-21');
    expect(Date.now() - started).toBeLessThan(10_000);
    // Scrolled to the end (again while rows measured taller than estimated grow the list), the last bead shows.
    const toEnd = () =>
      page.evaluate(() => {
        const scroller = document.getElementById('scroller')!;
        scroller.scrollTop = scroller.scrollHeight;
        return document.getElementById('bead-5000') !== null;
      });
    await expect.poll(toEnd).toBe(true);
    expect(await page.locator('#rows .bead').count()).toBeLessThan(80);
    await page.close();
  }, 40_000);
});
