/**
 * Every page of the sitemap in headless Chromium, two browsers at a time (tests/lib/page-gates.ts): no console
 * error, failed request, request to another host, axe-core violation (WCAG 2.2 A/AA) or broken link or anchor.
 * Pages the sitemap leaves out on purpose (embeds, the 404 pages) are visited too; Astro's redirect pages are not ours.
 * Every page is checked on a 360 × 740 phone (no page wider than the screen; axe target-size); a few also at 1280 wide.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { sitemapUrls, withOrigin } from '../lib/sitemap.ts';
import { BrowserPool } from '../lib/browser.ts';
import { checkPage } from '../lib/page-gates.ts';
import { DESKTOP_VIEWPORT } from '../lib/phone-checks.ts';
import { assertNoProblems } from '../lib/problems.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';

const site = new DistSite(DIST);
/** Read at collection time so each page is its own test; an unbuilt site fails in the first test below. */
const fromSitemap = (() => {
  try {
    return sitemapUrls(site);
  } catch {
    return [];
  }
})();
const listed = new Set(fromSitemap.map((url) => new URL(url).pathname));
const unlisted = site
  .pageFiles()
  .map((file) => site.urlPathOf(file))
  .filter((p) => !listed.has(p) && !/(^|\/)404(\.html|\/)$/.test(p));

let server: RunningServer;
let pool: BrowserPool;
beforeAll(async () => {
  pool = await BrowserPool.open(2);
  if (!existsSync(path.join(DIST, 'index.html'))) return; // each test then fails, saying the build is missing
  server = await startServer({ root: DIST, port: 0 });
  site.origins.add(server.origin);
});
afterAll(async () => {
  await pool?.close();
  await server?.close();
});

/** Visits a URL or path of the site on the test server (of a URL, only its path, query and fragment are kept). */
const visit = (url: string, status = 200, viewport?: typeof DESKTOP_VIEWPORT) => {
  site.assertBuilt();
  return pool.use((context) => checkPage(context, withOrigin(url, server.origin), { site, status, ...(viewport ? { viewport } : {}) }));
};

test('the sitemap lists pages of this site', () => {
  site.assertBuilt();
  const urls = sitemapUrls(site);
  expect(urls.length).toBeGreaterThan(0);
  assertNoProblems('sitemap', urls.filter((url) => !site.isInternal(new URL(url))).map((url) => `${url} is not on the site's origin`));
});

// Not in describe blocks: an empty one fails with "No test found", which would hide why (an unbuilt site).
test.concurrent.each(fromSitemap)('sitemap page %s', async (url) => assertNoProblems(url, await visit(url)));

test.concurrent.each(unlisted)('not in the sitemap: %s', async (urlPath) => assertNoProblems(urlPath, await visit(urlPath)));

// The page kinds whose layout changes most between phone and desktop, checked wide as well.
const DESKTOP_SET = ['/', '/en/', '/ha-nam/', '/bieu-do/papi-ha-nam-tong-diem/', '/xep-hang/papi/2024/', '/so-sanh/', '/nhung/papi-ha-nam-tong-diem/'];
test.concurrent.each(DESKTOP_SET)('at 1280 wide: %s', async (urlPath) => assertNoProblems(`${urlPath} (1280 wide)`, await visit(urlPath, 200, DESKTOP_VIEWPORT)));

test.concurrent.each(['/khong-co-trang-nay/', '/en/no-such-page/'])('not-found page: %s answers 404 with a clean page', async (urlPath) => {
  assertNoProblems(urlPath, await visit(urlPath, 404));
});
