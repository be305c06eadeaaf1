/**
 * The site built with BASE_PATH=/__base-test__/ (dist-base/) works under that sub-path: every internal URL of
 * every page (links, scripts, stylesheets, images, fonts, forms, canonical and preview URLs) starts with the base
 * and answers 200 from scripts/serve.ts serving dist-base/ under it. Search under the base: tests/browser/search.test.ts.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST_BASE, DistSite, TEST_BASE, TEST_SITE_URL } from '../lib/dist-site.ts';
import { pageRefs } from '../lib/asset-urls.ts';
import { sitemapUrls } from '../lib/sitemap.ts';
import { assertNoProblems } from '../lib/problems.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { redirects } from '../../src/lib/routes.ts';

const site = new DistSite(DIST_BASE, TEST_BASE);
let server: RunningServer;
/** One request per distinct URL across all pages. */
const statuses = new Map<string, Promise<number>>();

beforeAll(async () => {
  if (existsSync(path.join(DIST_BASE, 'index.html'))) server = await startServer({ root: DIST_BASE, port: 0, base: TEST_BASE });
});
afterAll(() => server?.close());

function status(urlPath: string): Promise<number> {
  let pending = statuses.get(urlPath);
  if (!pending) {
    // fetch follows redirects (such as /x → /x/), so this is where the URL finally lands.
    pending = fetch(server.origin + urlPath, { method: 'HEAD' }).then((r) => r.status, () => -1);
    statuses.set(urlPath, pending);
  }
  return pending;
}

test('dist-base/ is built', () => site.assertBuilt());

test('the sitemap of dist-base/ lists URLs under the base', () => {
  const urls = sitemapUrls(site);
  expect(urls.length).toBeGreaterThan(0);
  assertNoProblems('sitemap', urls.filter((u) => !u.startsWith(TEST_SITE_URL + TEST_BASE)).map((u) => `${u} is not under ${TEST_SITE_URL}${TEST_BASE}`));
});

test.each([...redirects()])("Astro's redirect page at %s sends readers to %s under the base", (from, to) => {
  const html = site.read(`${from.slice(1)}index.html`);
  expect(html).toContain(`content="0;url=${TEST_BASE}${to.slice(1)}"`);
  expect(html).toContain(`href="${TEST_BASE}${to.slice(1)}"`);
});

test.each(site.htmlFiles())('every internal URL in %s is under the base and resolves', async (file) => {
  const problems: string[] = [];
  for (const { where, ref, url } of pageRefs(site, file, TEST_SITE_URL)) {
    if (url.protocol === 'invalid:') problems.push(`${where} "${ref}" is not a valid URL`);
    else if (!site.isInternal(url)) continue; // another site: not ours to check here
    else if (!url.pathname.startsWith(TEST_BASE)) problems.push(`${where} "${ref}" is not under ${TEST_BASE}`);
    else {
      const code = await status(url.pathname + url.search);
      if (code !== 200) problems.push(`${where} "${ref}" answers HTTP ${code < 0 ? 'error' : code}`);
    }
  }
  assertNoProblems(file, [...new Set(problems)]);
});
