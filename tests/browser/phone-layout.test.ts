/**
 * The phone layout at 360 × 740 (issue 15): the header with its menu closed is at most 120 px tall, and its menu
 * opens with the keyboard and without JavaScript; "Kết quả mới nhất" fits without scrolling; the home page's
 * result cards start on the first screen.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { CHROMIUM_PATH } from '../lib/browser.ts';
import { PHONE_VIEWPORT } from '../lib/phone-checks.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';

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
