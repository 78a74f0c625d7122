import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './corpus.js';

// The browser tests drive the headless Chromium that @sparticuz/chromium ships for Linux x64
// (brotli-compressed in the package, unpacked once into node_modules/.cache), through
// playwright-core. CHROMIUM_PATH names another browser; elsewhere without it the tests skip.
const cache = join(ROOT, 'node_modules', '.cache', 'bitekst-chromium');

/** Whether a browser can be had: CHROMIUM_PATH, or the bundled Chromium on Linux x64. */
export const browserAvailable = process.env.CHROMIUM_PATH !== undefined || (process.platform === 'linux' && process.arch === 'x64');

/**
 * Launches headless Chromium. As root (CI containers) it needs --no-sandbox; nothing may reach the
 * network, and playwright gives each launch a fresh, temporary user-data-dir.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (await unpackBundledChromium());
  if (!existsSync(executablePath)) throw new Error(`no browser at ${executablePath} (CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Unpacks the packaged Chromium into node_modules/.cache/bitekst-chromium/<version>, once. The
 * package unpacks into os.tmpdir(), so TMPDIR points at a fresh staging folder that is renamed into
 * place when complete: a run cut short or two runs at once never leave a half-written browser.
 */
async function unpackBundledChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', '@sparticuz', 'chromium', 'package.json'), 'utf8')) as { version: string }).version;
  const folder = join(cache, version);
  if (existsSync(join(folder, 'chromium'))) return join(folder, 'chromium');
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(cache, 'staging-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await packaged.executablePath();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  try {
    renameSync(staging, folder);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another run got there first
  }
  return join(folder, 'chromium');
}
