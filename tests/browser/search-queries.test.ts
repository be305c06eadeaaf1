/**
 * Search the way readers type: without accents, with đ typed as d, in upper case, several words, a quoted
 * phrase, and English on /en/. Each query must bring the right page into the top 3 on the built site (the PAPI
 * criteria sheet, which a Fatherland Front officer searches for, must come first), and result excerpts must show
 * only the page's own text (no folded copies).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { BrowserPool } from '../lib/browser.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { routePath } from '../../src/lib/routes.ts';

const site = new DistSite(DIST);
const printPage = (locale: 'vi' | 'en') => new RegExp(`^${routePath(locale, { page: 'criteria-print', index: 'papi' })}`);

/** [search page, query, a path expected among the first `top` results (with or without a #fragment), top (default 3)] */
const QUERIES: [string, string, RegExp, number?][] = [
  ['tim-kiem/', 'cai cach hanh chinh', /^\/chi-so\/par-index\//],
  ['tim-kiem/', 'cải cách hành chính', /^\/chi-so\/par-index\//],
  ['tim-kiem/', 'quan tri dien tu', /^\/chi-so\/papi\/8\//],
  ['tim-kiem/', 'dien tu', /^\/chi-so\/papi\/8\//],
  ['tim-kiem/', 'dia phuong', /^\/chi-so\/papi\//],
  ['tim-kiem/', 'danh gia', /^\/chi-so\/(sipas|papi)\//],
  ['tim-kiem/', 'NAM DINH', /^\/tinh\/nam-dinh\//],
  ['tim-kiem/', 'HÀ NAM', /^\/(ha-nam|tinh\/ha-nam)\/|^\/$/],
  ['tim-kiem/', 'dich vu buu chinh cong ich', /^\/thuat-ngu\/|^\/chi-so\/par-index\//],
  ['tim-kiem/', '"một cửa"', /^\/thuat-ngu\//],
  ['tim-kiem/', 'thu tuc hanh chinh cong', /^\/chi-so\/papi\/5\//],
  ['en/search/', 'administrative reform', /^\/en\/indices\/par-index\//],
  ['en/search/', 'satisfaction', /^\/en\/indices\/sipas\//],
  ['en/search/', 'e-governance', /^\/en\/indices\/papi\/8\//],
  ['tim-kiem/', 'bo tieu chi papi', printPage('vi'), 1],
  ['tim-kiem/', 'bộ tiêu chí PAPI', printPage('vi'), 1],
  ['en/search/', 'papi criteria', printPage('en'), 1],
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

describe.each(QUERIES)('%s?q=%s', (page, query, expected, top = 3) => {
  it(`finds ${expected} in the top ${top}`, async () => {
    await pool.use(async (context) => {
      const tab = await context.newPage();
      await tab.goto(`${server.url}${page}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
      const status = tab.locator('[data-search-status]');
      await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).toMatch(/«|“/);
      const hrefs = await tab.locator('[data-search-results] > li > a.result-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.slice(0, top).some((h) => expected.test(decodeURIComponent(h))), `top ${top} for "${query}": ${hrefs.slice(0, 3).join(', ')}`).toBe(true);
      // Excerpts hold only the page's text: no accent-stripped duplicates such as "dien tu" beside "điện tử".
      const excerpts = await tab.locator('[data-search-results] p').allTextContents();
      for (const e of excerpts) expect(e).not.toMatch(/\b(dien tu|danh gia|dia phuong|cai cach hanh chinh)\b/i);
      // The query reaches the page only as text.
      expect(await tab.locator('#search-q').inputValue()).toBe(query.normalize('NFC'));
      await tab.close();
    });
  });
});

describe('decomposed input', () => {
  it('normalises a query typed as decomposed Unicode to NFC', async () => {
    await pool.use(async (context) => {
      const tab = await context.newPage();
      const nfd = 'quản trị điện tử'.normalize('NFD');
      await tab.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(nfd)}`, { waitUntil: 'load' });
      await expect.poll(async () => (await tab.locator('[data-search-status]').textContent()) ?? '', { timeout: 20_000 }).toMatch(/«/);
      expect(await tab.locator('#search-q').inputValue()).toBe('quản trị điện tử');
      const first = await tab.locator('[data-search-results] > li > a.result-title').first().getAttribute('href');
      expect(first).toMatch(/\/chi-so\/papi\/8\//);
      await tab.close();
    });
  });
});

describe('nothing found', () => {
  it('says so and suggests what to try', async () => {
    await pool.use(async (context) => {
      const tab = await context.newPage();
      await tab.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('qqqqwwww')}`, { waitUntil: 'load' });
      await expect.poll(async () => (await tab.locator('[data-search-status]').textContent()) ?? '', { timeout: 20_000 }).toMatch(/Không tìm thấy/);
      expect(await tab.locator('[data-search-empty]').isVisible()).toBe(true);
      await tab.close();
    });
  });
});

describe('more results', () => {
  it('shows a first page, then the next one on request, with focus on the first new result', async () => {
    await pool.use(async (context) => {
      const tab = await context.newPage();
      await tab.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('chỉ số')}`, { waitUntil: 'load' });
      const status = tab.locator('[data-search-status]');
      await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).toMatch(/Đang hiện \d+\/\d+ kết quả/);
      const titles = tab.locator('[data-search-results] > li > a.result-title');
      const total = Number(/Đang hiện (\d+)\/(\d+)/.exec((await status.textContent())!)![2]);
      const first = await titles.count();
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThan(total);
      // Keyboard only: Tab to the button is what a reader does; pressing Enter on it is the same as a click.
      const more = tab.locator('[data-search-more]');
      await more.focus();
      await tab.keyboard.press('Enter');
      await expect.poll(() => titles.count(), { timeout: 15_000 }).toBeGreaterThan(first);
      const focused = await tab.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(focused).toBe(await titles.nth(first).getAttribute('href'));
      // No result is listed twice.
      const hrefs = await titles.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(new Set(hrefs).size).toBe(hrefs.length);
      await tab.close();
    });
  });
});

describe('the check can fail', () => {
  it('a query about something else does not list the criteria sheet first', async () => {
    await pool.use(async (context) => {
      const tab = await context.newPage();
      await tab.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('quan tri dien tu')}`, { waitUntil: 'load' });
      await expect.poll(async () => (await tab.locator('[data-search-status]').textContent()) ?? '', { timeout: 20_000 }).toMatch(/«|“/);
      const hrefs = await tab.locator('[data-search-results] > li > a.result-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs[0]).not.toMatch(printPage('vi'));
      await tab.close();
    });
  });
});
