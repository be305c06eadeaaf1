/** scripts/serve.ts behaves like the static host: files, directories, redirects, 404 pages, MIME types, base path, _headers, _redirects. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DIST } from '../lib/dist-site.ts';
import { startServer, MIME_TYPES, type RunningServer } from '../../scripts/serve.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
const write = (file: string, content: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
};

let plain: RunningServer;
let based: RunningServer;
beforeAll(async () => {
  write('index.html', '<p>home</p>');
  write('a/index.html', '<p>a</p>');
  write('404.html', '<p>vi 404</p>');
  write('en/index.html', '<p>en</p>');
  write('en/404.html', '<p>en 404</p>');
  write('empty/.keep', '');
  for (const ext of Object.keys(MIME_TYPES)) write(`types/file${ext}`, 'x');
  write('_headers', ['# comment', '/*', '  X-All: 1', '  X-Twice: a', '/a/*', '  X-Twice: b', '/en/', '  X-En-Home: yes'].join('\n'));
  // A build under a base writes the base into the paths of _headers and _redirects.
  write('based/_headers', ['/__base-test__/en/', '  X-En-Home: yes'].join('\n'));
  write('_redirects', ['# comment', '/old/ /a/ 301', '/__base-test__/old/ /__base-test__/a/ 301', ''].join('\n'));
  plain = await startServer({ root, port: 0 });
  based = await startServer({ root, port: 0, base: '/__base-test__/', headersFile: path.join(root, 'based/_headers') });
});
afterAll(async () => {
  await Promise.all([plain?.close(), based?.close()]);
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET that does not follow redirects or normalise the path (fetch would resolve "/../"). */
function get(server: RunningServer, rawPath: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

describe('scripts/serve.ts', () => {
  test('serves index.html for a directory and redirects /x to /x/', async () => {
    expect(await get(plain, '/')).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect(await get(plain, '/a/')).toMatchObject({ status: 200, body: '<p>a</p>' });
    const redirect = await get(plain, '/a?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/a/?x=1');
  });

  test('answers 404 with 404.html, and en/404.html under /en/', async () => {
    expect(await get(plain, '/nope/')).toMatchObject({ status: 404, body: '<p>vi 404</p>' });
    expect(await get(plain, '/en/nope/')).toMatchObject({ status: 404, body: '<p>en 404</p>' });
    expect(await get(plain, '/empty/')).toMatchObject({ status: 404, body: '<p>vi 404</p>' });
    expect((await get(plain, '/nope/')).headers['content-type']).toBe('text/html; charset=utf-8');
  });

  test('sends the right MIME type for each kind of file', async () => {
    for (const [ext, type] of Object.entries(MIME_TYPES)) {
      const res = await get(plain, `/types/file${ext}`);
      expect([ext, res.status, res.headers['content-type']]).toEqual([ext, 200, type]);
    }
    expect(MIME_TYPES['.wasm']).toBe('application/wasm');
    expect(MIME_TYPES['.csv']).toBe('text/csv; charset=utf-8');
  });

  test('applies every matching _headers rule, joining repeated headers', async () => {
    const home = await get(plain, '/');
    expect(home.headers['x-all']).toBe('1');
    expect(home.headers['x-twice']).toBe('a');
    expect(home.headers['x-en-home']).toBeUndefined();
    expect((await get(plain, '/a/')).headers['x-twice']).toBe('a, b');
    expect((await get(plain, '/en/')).headers['x-en-home']).toBe('yes');
  });

  test('sends the redirects of _redirects, with the query', async () => {
    expect(await get(plain, '/old/?x=1')).toMatchObject({ status: 301, headers: { location: '/a/?x=1', 'x-all': '1' } });
    expect(await get(based, '/__base-test__/old/')).toMatchObject({ status: 301, headers: { location: '/__base-test__/a/' } });
  });

  test('keeps _headers and _redirects private and stays inside its folder', async () => {
    expect((await get(plain, '/_headers')).status).toBe(404);
    expect((await get(plain, '/_redirects')).status).toBe(404);
    for (const attack of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/a/..%2f..%2fetc/passwd']) {
      const res = await get(plain, attack);
      expect([attack, res.status]).toEqual([attack, 404]);
    }
    expect((await get(plain, '/%E0%A4%A')).status).toBe(400);
  });

  test('answers HEAD without a body and refuses other methods', async () => {
    expect(await get(plain, '/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get(plain, '/', 'POST')).status).toBe(405);
  });

  test('serves under a base path, matching _headers with the base', async () => {
    expect(based.url).toBe(`http://127.0.0.1:${based.port}/__base-test__/`);
    expect(await get(based, '/__base-test__/')).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect((await get(based, '/__base-test__/en/')).headers['x-en-home']).toBe('yes');
    expect((await get(based, '/__base-test__')).headers.location).toBe('/__base-test__/');
    expect((await get(based, '/__base-test__/a')).headers.location).toBe('/__base-test__/a/');
    expect((await get(based, '/')).status).toBe(404);
    expect((await get(based, '/a/')).status).toBe(404);
    expect(await get(based, '/__base-test__/en/nope')).toMatchObject({ status: 404, body: '<p>en 404</p>' });
  });
});

describe('the built site', () => {
  // Static hosts (Netlify, Cloudflare Pages) and scripts/serve.ts look for en/404.html, not en/404/index.html.
  test('has a 404 page for each locale where static hosts look for it', () => {
    expect(existsSync(path.join(DIST, '404.html')), 'dist/404.html').toBe(true);
    expect(existsSync(path.join(DIST, 'en/404.html')), 'dist/en/404.html (src/pages/en/404.astro builds to en/404/index.html with format "directory"; it must end up at en/404.html)').toBe(true);
  });
});
