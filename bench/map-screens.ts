/**
 * Screenshots of a ranking page with its map (issue 20), at 360 px and 1,280 px: from the top of the page to the
 * start of the ranking table under the map, written to bench/results/screens/ranking-map-<width>.png.
 * Build first (`SITE_URL=http://127.0.0.1:4321 npm run build`), then `npx node bench/map-screens.ts`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, DistSite, REPO_ROOT } from '../tests/lib/dist-site.ts';
import { CHROMIUM_PATH } from '../tests/lib/browser.ts';
import { startServer } from '../scripts/serve.ts';

const OUT = path.join(REPO_ROOT, 'bench/results/screens');
const URL_PATH = '/xep-hang/papi/2024/';
const WIDTHS = [{ width: 360, height: 740 }, { width: 1280, height: 900 }];

new DistSite(DIST).assertBuilt();
mkdirSync(OUT, { recursive: true });
const server = await startServer({ root: DIST, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const viewport of WIDTHS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(server.origin + URL_PATH, { waitUntil: 'networkidle' });
    // The map's picture is lazy: bring it into view and wait for it.
    await page.locator('figure[data-chart-figure] img').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('figure[data-chart-figure] img')].every((i) => (i as HTMLImageElement).complete));
    await page.evaluate(() => document.fonts.ready);
    const bottom = await page.evaluate(() => (document.querySelector('#bang-xep-hang')?.getBoundingClientRect().top ?? 0) + window.scrollY + 120);
    const file = path.join(OUT, `ranking-map-${viewport.width}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height: bottom } });
    console.log(`${URL_PATH} at ${viewport.width} px → ${path.relative(REPO_ROOT, file)}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
