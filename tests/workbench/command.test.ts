import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadPage } from '../../src/cli/commands/workbench.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';

const PAGE = '<body><!--bitekst-preload--><script id="bitekst-workbench"></script></body>';

/** A GET with a chosen Host header (fetch does not let one set it). */
function get(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const call = request({ hostname: target.hostname, port: target.port, path: target.pathname, headers: host === undefined ? {} : { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    call.on('error', reject);
    call.end();
  });
}

describe('bitekst workbench', () => {
  it('writes the texts into the page as JSON that no text can break out of', () => {
    const page = preloadPage(PAGE, { source: '</script><script>alert(1)</script>', target: '"><img src=x onerror=alert(1)>' });
    expect(page).not.toMatch(/<\/script><script>alert/);
    expect(page).not.toContain('<img');
    const json = /<script type="application\/json" id="bitekst-preload">(.*?)<\/script>/.exec(page)![1]!;
    expect(JSON.parse(json)).toEqual({ source: '</script><script>alert(1)</script>', target: '"><img src=x onerror=alert(1)>' });
  });

  it('serves the page with the two texts on a loopback port and a random path, and nothing else', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'workbench', 'corpus/000_559091eebb7a8267.txt', 'corpus/003_922ec93c98972236.txt'], { cwd: ROOT });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{24}\/$/);
      const page = await get(url);
      expect(page.status).toBe(200);
      expect(page.body).toContain('id="bitekst-preload"');
      expect(page.body).toContain('Separatistene');
      expect((await get(new URL('/', url).href)).status).toBe(404);
      expect((await get(url, 'attacker.example')).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve)));
    expect(code).toBe(0);
  });

  it('refuses one text without the other, and a missing file, before serving', () => {
    expect(runCli(['workbench', 'corpus/000_559091eebb7a8267.txt']).code).toBe(2);
    const missing = join(mkdtempSync(join(tmpdir(), 'bitekst-wb-')), 'none.txt');
    writeFileSync(join(missing, '..', 'other.txt'), 'Hei.');
    const result = runCli(['workbench', missing, join(missing, '..', 'other.txt')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/no such file/);
  });
});
