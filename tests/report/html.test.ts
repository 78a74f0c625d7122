import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDivergences, formatHtml } from '../../src/index.js';
import { browserAvailable, launchBrowser } from '../helpers/browser.js';
import { corpusDocument, ROOT } from '../helpers/corpus.js';

// A real browser, the one `npm ci` installs: @sparticuz/chromium ships a headless Chromium for
// Linux x64 (brotli-compressed in the package, unpacked once into node_modules/.cache), driven by
// playwright-core. CHROMIUM_PATH names another browser; elsewhere (macOS, Windows, Linux on ARM)
// without CHROMIUM_PATH the suite is skipped with a message, since no package ships one there.
const out = join(ROOT, 'tests', '.tmp');
const available = browserAvailable;
if (!available) console.warn('tests/report/html.test.ts skipped: no bundled Chromium for this platform; set CHROMIUM_PATH to a Chromium or Chrome to run it');
let browser: Browser;
let file: string;

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  const source = corpusDocument('000').text;
  // One changed number, so that a number finding is highlighted on both sides.
  const target = corpusDocument('003').text.replace('30,000 lives', '36,000 lives');
  file = join(out, 'report.html');
  writeFileSync(file, formatHtml(checkDivergences({ source, target }), { sourceName: '000.txt', targetName: '003.txt' }));
  if (!available) return;
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe.runIf(available)('the HTML report of the corpus pair, in Chromium', () => {
  it('shows the summary, the findings in place, and the changed number marked on both sides', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    await expect(page.locator('header .summary').textContent()).resolves.toMatch(/findings: 1 error,/);
    const numberFinding = page.locator('li[data-finding-kind="number"]');
    expect(await numberFinding.count()).toBe(1);
    expect(await numberFinding.isVisible()).toBe(true);
    expect(await numberFinding.textContent()).toContain('36,000');
    const marks = page.locator('tr:has(li[data-finding-kind="number"]) mark[data-finding-kind="number"]');
    expect(await marks.allTextContents()).toEqual(['30.000', '36,000']);
    expect(await page.locator('tr.unaligned').count()).toBe(18);
    await page.screenshot({ path: join(out, 'report.png'), fullPage: false });
    await page.close();
  });

  it('filters findings by kind and keeps only beads with findings on request', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const additions = page.locator('li[data-finding-kind="addition"]');
    expect(await additions.first().isVisible()).toBe(true);
    await page.locator('input[data-kind="addition"]').uncheck();
    expect(await additions.first().isVisible()).toBe(false);
    expect(await page.locator('li[data-finding-kind="number"]').isVisible()).toBe(true);
    await page.locator('#only-findings').check();
    const visibleRows = await page.locator('tr.bead:not(.hidden)').count();
    expect(visibleRows).toBeLessThan(10);
    expect(visibleRows).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('moves between beads with findings from the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.keyboard.press('j');
    const first = await page.evaluate('document.activeElement?.id');
    await page.keyboard.press('j');
    const second = await page.evaluate('document.activeElement?.id');
    expect(first).toMatch(/^bead-\d+$/);
    expect(second).not.toBe(first);
    await page.close();
  });

  it('reads without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator('li[data-finding-kind="number"]').isVisible()).toBe(true);
    expect(await page.locator('tr.bead').count()).toBe(35);
    await context.close();
  });

  it('fetches nothing: the page is self-contained', () => {
    const html = formatHtml(checkDivergences({ source: 'Hei.', target: 'Hi.' }));
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=|https?:\/\/(?!www\.npmjs|json)/);
  });
});
