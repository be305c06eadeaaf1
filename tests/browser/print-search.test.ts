/**
 * The criteria sheet is what a Fatherland Front officer searches for: "bo tieu chi papi" (typed without accents)
 * and, on /en/, "papi criteria" must give a print page of the PAPI criteria as the FIRST result on the built site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { BrowserPool } from '../lib/browser.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { routePath } from '../../src/lib/routes.ts';

const site = new DistSite(DIST);
const printPage = (locale: 'vi' | 'en') => new RegExp(`^${routePath(locale, { page: 'criteria-print', index: 'papi' })}`);

/** [search page, query, the path the first result must start with] */
const QUERIES: [string, string, RegExp][] = [
  ['tim-kiem/', 'bo tieu chi papi', printPage('vi')],
  ['tim-kiem/', 'bộ tiêu chí PAPI', printPage('vi')],
  ['en/search/', 'papi criteria', printPage('en')],
];

let server: RunningServer;
let pool: BrowserPool;
beforeAll(async () => {
  site.assertBuilt();
  server = await startServer({ root: DIST, port: 0 });
  pool = await BrowserPool.open(1);
});
afterAll(async () => {
  await pool?.close();
  await server?.close();
});

/** The paths of the results search lists for a query, in order. */
async function results(page: string, query: string): Promise<string[]> {
  return pool.use(async (context) => {
    const tab = await context.newPage();
    await tab.goto(`${server.url}${page}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await expect.poll(async () => (await tab.locator('[data-search-status]').textContent()) ?? '', { timeout: 20_000 }).toMatch(/«|“|Không tìm thấy|No result/);
    const hrefs = await tab.locator('[data-search-results] > li > a.result-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await tab.close();
    return hrefs.map((h) => decodeURIComponent(h));
  });
}

describe.each(QUERIES)('%s?q=%s', (page, query, expected) => {
  it(`lists ${expected} first`, async () => {
    const hrefs = await results(page, query);
    expect(hrefs[0], `first results for "${query}": ${hrefs.slice(0, 3).join(', ')}`).toMatch(expected);
  });
});

describe('the check can fail', () => {
  it('a query about something else does not list the sheet first', async () => {
    const hrefs = await results('tim-kiem/', 'quan tri dien tu');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs[0]).not.toMatch(printPage('vi'));
  });
});
