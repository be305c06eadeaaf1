/**
 * Search works, at the root (dist/) and under a base path (dist-base/), in two ways:
 * - on the search page, Pagefind's own pagefind.js (loaded under the page's CSP, which must allow its
 *   WebAssembly) finds "PAPI", and the first result's URL is a page of the site, under the base;
 * - the page itself, opened as the header's search form sends it (?q=PAPI), lists a result linking to a built
 *   page under the base (in its [data-search-results] list, the search page's contract with this test).
 * Conditional: until the search page is built (tim-kiem/, or a page with data-js-page="search"), the check is
 * skipped and says so; once it exists, a missing Pagefind index fails.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST, DIST_BASE, DistSite, TEST_BASE } from '../lib/dist-site.ts';
import { BrowserPool } from '../lib/browser.ts';
import { startServer } from '../../scripts/serve.ts';

const sites = [new DistSite(DIST), new DistSite(DIST_BASE, TEST_BASE)];

function searchPage(site: DistSite): string | undefined {
  return site.htmlFiles().find((file) => file === 'tim-kiem/index.html' || /<html[^>]*\sdata-js-page="search"/.test(site.read(file)));
}

let pool: BrowserPool;
beforeAll(async () => {
  pool = await BrowserPool.open(1);
});
afterAll(() => pool?.close());

for (const site of sites) {
  const page = searchPage(site);
  const name = `${path.basename(site.root)}/`;
  test.skipIf(!page)(`search for "PAPI" finds a page in ${name}${page ? '' : ' (skipped: no search page is built yet)'}`, async () => {
    expect(existsSync(path.join(site.root, 'pagefind/pagefind.js')), `${name}pagefind/pagefind.js: the build must write the Pagefind index`).toBe(true);
    await pool.use(async (context) => {
      const server = await startServer({ root: site.root, port: 0, base: site.base });
      site.origins.add(server.origin);
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      tab.on('pageerror', (e) => errors.push(e.message));
      try {
        await tab.goto(server.origin + site.urlPathOf(page!));
        // A string, not a function: Vitest would rewrite a function's import() into its own loader.
        const found = (await tab.evaluate(`(async () => {
          const pagefind = await import(${JSON.stringify(`${site.base}pagefind/pagefind.js`)});
          const { results } = await pagefind.search('PAPI');
          return { count: results.length, first: results[0] ? (await results[0].data()).url : null };
        })()`)) as { count: number; first: string | null };
        expect(found.count, 'Pagefind results for "PAPI"').toBeGreaterThan(0);
        expect(found.first, 'the first result is under the base path').toMatch(new RegExp(`^${site.base}`));
        expect(site.resolvePath(new URL(found.first!, server.origin).pathname), `the first result, ${found.first}, is a built page`).toHaveProperty('file');

        await tab.goto(`${server.origin}${site.urlPathOf(page!)}?q=PAPI`);
        const firstLink = tab.locator('[data-search-results] a[href]').first();
        await firstLink.waitFor({ timeout: 15_000 });
        const href = new URL((await firstLink.getAttribute('href'))!, tab.url());
        expect(href.pathname, 'the first listed result is under the base path').toMatch(new RegExp(`^${site.base}`));
        expect(site.resolvePath(href.pathname), `the first listed result, ${href.pathname}, is a built page`).toHaveProperty('file');
        expect(errors, 'console errors on the search page').toEqual([]);
      } finally {
        await tab.close();
        await server.close();
      }
    });
  });
}
