/**
 * The embed code a journalist copies works on another site: served from a second origin on 127.0.0.1, the
 * iframe takes the chart's height through the host script, and messages from any other origin are ignored.
 * The page must believe it is at the origin it was built for (SITE_URL=http://127.0.0.1:4321): the embed script
 * trusts only that origin. The site is served on a free port, and the browser maps that origin onto it, so the
 * test does not need port 4321 to be free.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, DistSite, TEST_SITE_URL } from '../lib/dist-site.ts';
import { BrowserPool } from '../lib/browser.ts';
import { decodeEntities } from '../lib/html.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { EMBED_FIT_WIDTHS, resizeScript } from '../../src/lib/embed.ts';

const site = new DistSite(DIST);
let siteServer: RunningServer;
let hostServer: RunningServer;
let foreignServer: RunningServer;
let pool: BrowserPool;
const hostDir = mkdtempSync(path.join(os.tmpdir(), 'embed-host-'));
const foreignDir = mkdtempSync(path.join(os.tmpdir(), 'embed-foreign-'));

beforeAll(async () => {
  site.assertBuilt();
  siteServer = await startServer({ root: DIST, port: 0 });
  // The code offered on the chart's permalink page, pasted as is into another site's article.
  const html = site.read('bieu-do/papi-ha-nam-tong-diem/index.html');
  const code = decodeEntities(/<textarea id="embed-latest"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!);
  writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo</title></head><body><h1>Một bài báo</h1>\n${code}\n</body></html>`);
  writeFileSync(
    path.join(foreignDir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><script>parent.postMessage({ type: 'chi-so-ha-nam:height', height: 77 }, '*');</script></body></html>`,
  );
  hostServer = await startServer({ root: hostDir, port: 0 });
  foreignServer = await startServer({ root: foreignDir, port: 0 });
  pool = await BrowserPool.open(1);
});
afterAll(async () => {
  await pool?.close();
  await Promise.all([siteServer?.close(), hostServer?.close(), foreignServer?.close()]);
  rmSync(hostDir, { recursive: true, force: true });
  rmSync(foreignDir, { recursive: true, force: true });
});

describe('embed code on a second origin', () => {
  it('takes the chart\u2019s height, and ignores messages from other origins', async () => {
    await pool.use(async (context) => {
      // Requests to the built-for origin go to the real server; redirects (relative) are left to the browser.
      const siteOrigin = `${TEST_SITE_URL}/**`;
      await context.route(siteOrigin, async (route) => {
        const url = new URL(route.request().url());
        await route.fulfill({ response: await route.fetch({ url: siteServer.origin + url.pathname + url.search, maxRedirects: 0 }) });
      });
      const page = await context.newPage();
      const siteRequests: string[] = [];
      page.on('request', (r) => {
        if (r.url().startsWith(TEST_SITE_URL)) siteRequests.push(r.url());
      });
      await page.goto(hostServer.url, { waitUntil: 'load' });
      const iframe = page.locator('iframe[data-chi-so-ha-nam-embed]');
      const fallback = await iframe.getAttribute('height');
      expect(Number(fallback)).toBeGreaterThan(300);
      const frame = (await iframe.elementHandle())!.contentFrame();
      const inner = async () => (await frame)!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await expect.poll(async () => Math.abs((await iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height)) - (await inner())), { timeout: 15_000 }).toBeLessThanOrEqual(2);
      const settled = await iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
      expect(settled).not.toBe(Number(fallback));

      // The host page itself (another origin than the site) and a third-origin frame try to resize it.
      await page.evaluate(() => window.postMessage({ type: 'chi-so-ha-nam:height', height: 99 }, '*'));
      await page.evaluate((src) => {
        const f = document.createElement('iframe');
        f.src = src;
        document.body.append(f);
      }, foreignServer.url);
      await page.waitForTimeout(1000);
      expect(await iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height)).toBe(settled);
      // The chart really came from the built-for origin (through the mapping), as on a real host.
      expect(siteRequests.some((u) => u.startsWith(`${TEST_SITE_URL}/`) && u.includes('/nhung/'))).toBe(true);
      await page.close();
      await context.unroute(siteOrigin);
    });
  });
});

/**
 * The README's deploy notes: the site answers under one origin (SITE_URL); a second host name (www. or the apex)
 * answers with a 301 to the same path there. The resizer trusts only the canonical origin: the same embed page
 * served under a second name keeps its fallback height, and after the redirect it lands on the canonical origin and
 * resizes. Chromium does not route a redirect's next request, so here the canonical origin is the real server on its
 * free port, and the host page runs the resizer made for it (`resizeScript`, the code of /nhung/resize.js). The
 * second name is a made-up host the browser never resolves: a route answers for it.
 */
describe('embed code and a second host name', () => {
  const SECOND = 'http://www.chi-so-ha-nam.test';
  /** The embed code with its iframe on the second name (a link copied from it), and the resizer for `canonical`. */
  const hostPage = (name: string, canonical: string) => {
    const html = site.read('bieu-do/papi-ha-nam-tong-diem/index.html');
    const code = decodeEntities(/<textarea id="embed-latest"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!);
    const moved = code.replace(`<iframe src="${TEST_SITE_URL}/`, `<iframe src="${SECOND}/`).replace(/<script[^>]*><\/script>/, `<script>${resizeScript(canonical)}</script>`);
    expect(moved).not.toBe(code);
    expect(moved).not.toContain(TEST_SITE_URL);
    writeFileSync(path.join(hostDir, name), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo</title></head><body><h1>Một bài báo</h1>\n${moved}\n</body></html>`);
    return `${hostServer.origin}/${name}`;
  };

  it.each([
    ['serves the pages itself', false],
    ['redirects to the canonical origin', true],
  ] as const)('a second name that %s', async (_name, redirect) => {
    const canonical = siteServer.origin;
    const url = hostPage(redirect ? 'second-redirect.html' : 'second-serves.html', canonical);
    await pool.use(async (context) => {
      await context.route(`${SECOND}/**`, async (route) => {
        const u = new URL(route.request().url());
        // nginx's `return 301 https://<canonical>$request_uri;` of the README, or the same files under the second name.
        if (redirect) await route.fulfill({ status: 301, headers: { location: canonical + u.pathname + u.search } });
        else await route.fulfill({ response: await route.fetch({ url: canonical + u.pathname + u.search, maxRedirects: 0 }) });
      });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const iframe = page.locator('iframe[data-chi-so-ha-nam-embed]');
      const fallback = Number(await iframe.getAttribute('height'));
      const frame = (await (await iframe.elementHandle())!.contentFrame())!;
      // The iframe is lazy and may still be on its way (through the redirect): wait until it is on the expected origin.
      const expected = redirect ? canonical : SECOND;
      await expect.poll(() => (frame.url().startsWith('http') ? new URL(frame.url()).origin : frame.url()), { timeout: 15_000 }).toBe(expected);
      await frame.waitForLoadState('load');
      const inner = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const outer = () => iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
      // The embed page is shorter than the fallback, so a resize would show.
      expect(Math.abs((await inner()) - fallback)).toBeGreaterThan(2);
      if (redirect) {
        await expect.poll(async () => Math.abs((await outer()) - (await inner())), { timeout: 15_000 }).toBeLessThanOrEqual(2);
      } else {
        await page.waitForTimeout(1500);
        expect(await outer()).toBe(fallback);
      }
      await page.close();
      await context.unrouteAll();
    });
  });
});

/** Every embed page (live and frozen, both languages) and the fallback height its code gives. */
function embedCodes(): { embed: string; height: number }[] {
  const chartPages = site.htmlFiles().filter((f) => /^(bieu-do|en\/charts)\/[^/]+\/index\.html$/.test(f));
  return chartPages.flatMap((f) => {
    const html = site.read(f);
    return [...html.matchAll(/<textarea id="embed-(?:latest|versioned)"[^>]*>([\s\S]*?)<\/textarea>/g)].map((m) => {
      const code = decodeEntities(m[1]!);
      return { embed: new URL(/src="([^"]+)"/.exec(code)![1]!).pathname, height: Number(/height="(\d+)"/.exec(code)![1]) };
    });
  });
}

describe('embed code fallback height', () => {
  it('holds the whole embed page at 360 and 800 px wide, for every embed', async () => {
    const codes = embedCodes();
    expect(codes.length).toBeGreaterThan(50);
    const short: string[] = [];
    const ratios: number[] = [];
    // A blank screen under the chart at its taller width would look broken: the fallback stays under 1.5 times it.
    await pool.use(async (context) => {
      const page = await context.newPage();
      for (const { embed, height } of codes) {
        let tallest = 0;
        // Loaded at each width, as an iframe of that width loads it: the page picks its picture when it loads.
        for (const width of EMBED_FIT_WIDTHS) {
          await page.setViewportSize({ width, height: 640 });
          await page.goto(siteServer.origin + embed, { waitUntil: 'load' });
          const h = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          tallest = Math.max(tallest, h);
          if (h > height) short.push(`${embed} at ${width} px: the page is ${h} px, the embed code gives ${height}`);
        }
        ratios.push(height / tallest);
        if (height / tallest >= 1.5) short.push(`${embed}: the embed code gives ${height} px for a page of at most ${tallest} px`);
      }
      await page.close();
    });
    expect(short).toEqual([]);
    expect(ratios).toHaveLength(codes.length);
  }, 600_000);

});
