import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BitekstError } from '../../errors.js';
import { parseCommand } from '../args.js';
import type { CommandIO } from '../io.js';
import { languageFlags, readInputs } from '../inputs.js';
import { WORKBENCH } from '../specs/workbench.js';

/** Where the built page is: beside the built CLI (dist/), or dist/ when run from the sources. */
async function readPage(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, 'workbench.html'), join(here, '..', '..', '..', 'dist', 'workbench.html')]) {
    try {
      return await readFile(candidate, 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new BitekstError('E_INPUT', 'workbench: dist/workbench.html not found; run "npm run build" first');
}

/**
 * The page with the two texts written in as JSON data the page reads (never as markup): `<`
 * is escaped, so no text can close the script element, and JSON data is never run.
 */
export function preloadPage(page: string, data: Record<string, string>): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return page.replace('<!--bitekst-preload-->', () => `<script type="application/json" id="bitekst-preload">${json}</script>`);
}

/**
 * `bitekst workbench`: serves the workbench page on the loopback interface only, on a free port
 * and a random path, with SOURCE and TARGET written in to be aligned on opening. Only GET of
 * that path with a loopback Host header is answered (a page elsewhere cannot read it through
 * DNS rebinding); it runs until interrupted.
 */
export async function runWorkbench(args: string[], io: CommandIO, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parseCommand(WORKBENCH, args);
  if (positionals.length === 1) throw new BitekstError('E_USAGE', 'workbench: expected SOURCE and TARGET, or neither\nrun "bitekst workbench --help" for its options');
  let page = await readPage();
  if (positionals.length === 2) {
    const inputs = await readInputs(positionals[0]!, positionals[1]!, values, io);
    page = preloadPage(page, {
      source: inputs.source as string,
      target: inputs.target as string,
      sourceName: positionals[0]!,
      targetName: positionals[1]!,
      sourceLang: inputs.sourceLang,
      targetLang: inputs.targetLang,
    });
  } else if (values['source-lang'] !== undefined || values['target-lang'] !== undefined) {
    languageFlags(values);
  }
  const path = `/${randomBytes(12).toString('hex')}/`;
  let port = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const host = request.headers.host ?? '';
    const loopback = host === `127.0.0.1:${port}` || host === `localhost:${port}`;
    if (request.method !== 'GET' || !loopback || request.url !== path) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' }).end(page);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new BitekstError('E_INPUT', `workbench: cannot listen on 127.0.0.1: ${error.message}`, { cause: error })));
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  io.out(`http://127.0.0.1:${port}${path}\n`);
  io.warn('workbench: open the address above in a browser; Ctrl+C stops the server');
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    if (signal !== undefined) signal.addEventListener('abort', stop, { once: true });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
