/**
 * The phone layout at 360 × 740 (issue 15): the header with its menu closed is at most 120 px tall, and its menu
 * opens with the keyboard and without JavaScript; "Kết quả mới nhất" fits without scrolling; the home page's
 * result cards start on the first screen, then the PAPI 2018–2024 chart, the three doors and the merger line;
 * wide tables keep their first column in view (sticky, opaque); the interactive chart takes the phone layout and
 * redraws when the window crosses the 520-px breakpoint.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { CHROMIUM_PATH } from '../lib/browser.ts';
import { PHONE_VIEWPORT } from '../lib/phone-checks.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { provinceRoute, routePath } from '../../src/lib/routes.ts';
import { loadDataset } from '../../src/lib/dataset.ts';
import { getProvince } from '../../src/lib/results.ts';

const MAX_HEADER_PX = 120;
const site = new DistSite(DIST);
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  if (existsSync(path.join(DIST, 'index.html'))) server = await startServer({ root: DIST, port: 0 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(urlPath: string, javaScriptEnabled = true): Promise<Page> {
  site.assertBuilt();
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(server.origin + urlPath, { waitUntil: 'load' });
  return page;
}

test.each(['/', '/en/', '/ha-nam/', '/bieu-do/papi-ha-nam-tong-diem/', '/xep-hang/papi/2024/'])(
  'the header of %s is at most 120 px tall with the menu closed, and holds the name, menu, search and language',
  async (urlPath) => {
    const page = await open(urlPath);
    const header = page.locator('header.site-header');
    const box = await header.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(MAX_HEADER_PX);
    for (const part of ['.brand', '.site-menu > summary', 'input[type=search]', '.lang-switch']) await expect.poll(() => header.locator(part).isVisible()).toBe(true);
    expect(await header.locator('.site-nav').isVisible()).toBe(false);
    await page.context().close();
  },
);

test('the menu opens from the keyboard without JavaScript (a <details> element), with visible focus, and its links take focus', async () => {
  const page = await open('/', false);
  const summary = page.locator('.site-menu > summary');
  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Tab'); // the site name
  await page.keyboard.press('Tab'); // the language switch
  await page.keyboard.press('Tab');
  expect(await summary.evaluate((e) => e === document.activeElement)).toBe(true);
  expect(await summary.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
  expect(await page.locator('.site-menu').getAttribute('open')).toBeNull();
  await page.keyboard.press('Enter');
  expect(await page.locator('.site-menu').getAttribute('open')).not.toBeNull();
  const links = page.locator('.site-nav a');
  expect(await links.count()).toBeGreaterThanOrEqual(6);
  expect(await links.first().isVisible()).toBe(true);
  await page.keyboard.press('Tab');
  expect(await links.first().evaluate((e) => e === document.activeElement)).toBe(true);
  await page.context().close();
});

test.each(['/ha-nam/', '/en/ha-nam/'])('"Kết quả mới nhất" on %s fits a phone screen without scrolling', async (urlPath) => {
  const page = await open(urlPath);
  const fit = await page.locator('table.latest').evaluate((table) => {
    const box = table.closest('.table-scroll')!;
    return { scroll: box.scrollWidth, client: box.clientWidth, right: table.getBoundingClientRect().right };
  });
  expect(fit.scroll).toBeLessThanOrEqual(fit.client);
  expect(fit.right).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  await page.context().close();
});

test.each(['/', '/en/'])('the home page %s shows a result card per index, starting on the first phone screen', async (urlPath) => {
  const page = await open(urlPath);
  const cards = page.locator('.result-card');
  expect(await cards.count()).toBe(4);
  const first = await cards.first().boundingBox();
  const secondRow = await cards.nth(2).boundingBox();
  expect(first!.y).toBeLessThan(PHONE_VIEWPORT.height / 2);
  expect(secondRow!.y + secondRow!.height).toBeLessThanOrEqual(PHONE_VIEWPORT.height);
  await page.context().close();
});

/**
 * The first column of a wide table stays in view while the table scrolls sideways: scrolled to its end, each
 * first cell is still at the box's left edge, has an opaque background and is what a tap at its centre hits.
 */
async function stickyColumnProblems(page: Page): Promise<{ scrolled: number; problems: string[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let scrolled = 0;
    document.querySelectorAll<HTMLElement>('.table-scroll').forEach((box, b) => {
      if (box.scrollWidth <= box.clientWidth) return;
      box.scrollLeft = box.scrollWidth;
      if (box.scrollLeft <= 0) return;
      scrolled++;
      const rows = [...box.querySelectorAll('tr')].slice(0, 4);
      for (const row of rows) {
        const cell = row.firstElementChild as HTMLElement | null;
        if (!cell) continue;
        // Bring the row to mid-screen by scrolling the window only (scrollIntoView would scroll the box back).
        window.scrollTo(0, window.scrollY + cell.getBoundingClientRect().top - window.innerHeight / 2);
        box.scrollLeft = box.scrollWidth;
        const edge = box.getBoundingClientRect().left;
        const r = cell.getBoundingClientRect();
        const where = `table ${b + 1}, "${cell.textContent!.trim().slice(0, 20)}"`;
        if (r.left < edge - 1) problems.push(`${where}: scrolled out of view (left ${r.left.toFixed(0)} < ${edge.toFixed(0)})`);
        const bg = getComputedStyle(cell).backgroundColor;
        const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(bg)?.[1];
        if (bg === 'transparent' || (alpha !== undefined && Number(alpha) < 1)) problems.push(`${where}: background ${bg} is not opaque`);
        const hit = document.elementFromPoint(Math.max(r.left, edge) + 4, r.top + r.height / 2);
        if (!hit || !cell.contains(hit)) problems.push(`${where}: covered by ${hit?.tagName ?? 'nothing'}`);
      }
    });
    return { scrolled, problems };
  });
}

/** Tables in a closed <details> (chart tables, file columns) have no width: open them, but not the site menu. */
async function openTables(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('main details').forEach((d) => (d.open = true)));
}

const WIDE_TABLE_PAGES = ['/bieu-do/papi-ha-nam-tong-diem/', '/en/charts/papi-ha-nam-linh-vuc-2024/', '/du-lieu/'];

test.each(WIDE_TABLE_PAGES)('wide tables on %s scroll in their box with the first column in view and opaque', async (urlPath) => {
  const page = await open(urlPath);
  await openTables(page);
  const { scrolled, problems } = await stickyColumnProblems(page);
  expect(scrolled, 'a table wider than the screen on this page').toBeGreaterThan(0);
  expect(problems).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  await page.context().close();
});

test.each([
  ['not sticky', 'position', 'static'],
  ['see-through', 'background-color', 'transparent'],
])('the sticky-column check fails on a first column that is %s', async (_name, property, value) => {
  const page = await open(WIDE_TABLE_PAGES[0]!);
  await openTables(page);
  // Inline styles through the CSSOM (the CSP forbids an injected <style>).
  await page.evaluate(([p, v]) => document.querySelectorAll<HTMLElement>('.table-scroll tr > :first-child').forEach((c) => c.style.setProperty(p!, v!, 'important')), [property, value]);
  const { scrolled, problems } = await stickyColumnProblems(page);
  expect(scrolled).toBeGreaterThan(0);
  expect(problems.length).toBeGreaterThan(0);
  await page.context().close();
});

test('the interactive chart takes the phone layout on a phone, and redraws when the window crosses 520 px', async () => {
  const page = await open('/bieu-do/papi-ha-nam-tong-diem/');
  const figure = page.locator('[data-chart-figure]').first();
  await figure.locator('[data-chart-activate]').click();
  await page.waitForFunction(() => document.querySelector('[data-chart-figure]')?.hasAttribute('data-chart-ready'), undefined, { timeout: 15_000 });
  const state = () =>
    figure.locator('[data-chart-frame]').evaluate((f: HTMLElement) => ({
      layout: f.dataset['chartLayout'],
      canvases: f.querySelectorAll('canvas').length,
      widest: Math.max(...[...f.querySelectorAll('canvas')].map((c) => c.getBoundingClientRect().right)),
    }));
  const phone = await state();
  expect(phone.layout).toBe('phone');
  expect(phone.widest).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  await page.setViewportSize({ width: 800, height: 740 });
  await expect.poll(async () => (await state()).layout).toBe('wide');
  expect((await state()).canvases, 'the phone canvases are replaced, not added to').toBe(phone.canvases);
  await page.setViewportSize(PHONE_VIEWPORT);
  await expect.poll(async () => (await state()).layout).toBe('phone');
  expect((await state()).widest).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  await page.context().close();
});

test.each(['vi', 'en'] as const)('the home page (%s) shows the PAPI trend 2018–2024, one door per audience and the merger line', async (locale) => {
  const page = await open(routePath(locale, { page: 'home' }));
  expect(await page.locator('figure[data-chart-id]').evaluateAll((f) => f.map((e) => (e as HTMLElement).dataset['chartId']))).toEqual(['papi-ha-nam-tong-diem-2018-2024']);
  const doors = await page.locator('.doors a').evaluateAll((a) => a.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
  expect(doors).toEqual([routePath(locale, { page: 'indices' }), routePath(locale, { page: 'charts' }), routePath(locale, { page: 'criteria-print', index: 'papi' })]);
  const merger = await page.locator('.merger a').evaluateAll((a) => a.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
  // The new Ninh Bình, as the data names Hà Nam's successor.
  const successor = getProvince(loadDataset(), getProvince(loadDataset(), 'ha-nam').successor!);
  expect(merger[0]).toBe(routePath(locale, provinceRoute(successor.slug)));
  await page.context().close();
});
