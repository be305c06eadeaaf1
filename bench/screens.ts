/**
 * Phone screenshots for review: the first 360 × 740 screen of a few pages of the built dist/, written to
 * bench/results/screens/<name>.png. Build first (`SITE_URL=http://127.0.0.1:4321 npm run build`), then
 *
 *   npx node bench/screens.ts
 *
 * Replace the committed PNGs whenever the phone layout changes.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, DistSite, REPO_ROOT } from '../tests/lib/dist-site.ts';
import { CHROMIUM_PATH } from '../tests/lib/browser.ts';
import { PHONE_VIEWPORT } from '../tests/lib/phone-checks.ts';
import { startServer } from '../scripts/serve.ts';

const OUT = path.join(REPO_ROOT, 'bench/results/screens');
const PAGES: Record<string, string> = {
  home: '/',
  'ha-nam': '/ha-nam/',
  chart: '/bieu-do/papi-ha-nam-tong-diem/',
  ranking: '/xep-hang/papi/2024/',
  'so-sanh': '/so-sanh/',
};

new DistSite(DIST).assertBuilt();
mkdirSync(OUT, { recursive: true });
const server = await startServer({ root: DIST, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
try {
  // A phone's width at 1×: the PNGs stay small enough to commit, and show CSS pixels as they are.
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, deviceScaleFactor: 1, locale: 'vi-VN' });
  for (const [name, urlPath] of Object.entries(PAGES)) {
    const page = await context.newPage();
    await page.goto(server.origin + urlPath, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${urlPath} → ${path.relative(REPO_ROOT, file)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
