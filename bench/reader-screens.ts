/**
 * Phone screenshots for the reader review (bench/results/reader-review.md): each page at 360 × 740, cut into
 * screens of 740 px so the text stays legible. Build first, then
 *
 *   npx node bench/reader-screens.ts [outDir] [maxScreens]
 *
 * Defaults: bench/results/screens/reader/, the first 3 screens of each page (the committed set).
 * The page's rendered text goes beside the PNGs (<name>.txt) when outDir is not the committed folder. The committed
 * PNGs were then reduced to a 64-colour palette (sharp, `png({ palette: true, colours: 64 })`) to keep them small.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, DistSite, REPO_ROOT } from '../tests/lib/dist-site.ts';
import { CHROMIUM_PATH } from '../tests/lib/browser.ts';
import { PHONE_VIEWPORT } from '../tests/lib/phone-checks.ts';
import { startServer } from '../scripts/serve.ts';

const COMMITTED = path.join(REPO_ROOT, 'bench/results/screens/reader');
const OUT = path.resolve(process.argv[2] ?? COMMITTED);
const MAX_SCREENS = Number(process.argv[3] ?? 3);
const PAGES: Record<string, string> = {
  home: '/',
  'ha-nam': '/ha-nam/',
  papi: '/chi-so/papi/',
  'par-index': '/chi-so/par-index/',
  sipas: '/chi-so/sipas/',
  'papi-4-kiem-soat-tham-nhung': '/chi-so/papi/4/',
  'bai-papi-2011-2024': '/bai-viet/papi-ha-nam-2011-2024/',
  'bai-sap-nhap-2025': '/bai-viet/sap-nhap-2025-va-cac-chi-so/',
  'bai-ha-nam-2021': '/bai-viet/ha-nam-chi-so-2021/',
  'gioi-thieu': '/gioi-thieu/',
};

new DistSite(DIST).assertBuilt();
mkdirSync(OUT, { recursive: true });
const server = await startServer({ root: DIST, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, deviceScaleFactor: 1, locale: 'vi-VN' });
  for (const [name, urlPath] of Object.entries(PAGES)) {
    const page = await context.newPage();
    await page.goto(server.origin + urlPath, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const screens = Math.min(MAX_SCREENS, Math.ceil(height / PHONE_VIEWPORT.height));
    for (let i = 0; i < screens; i++) {
      const clip = { x: 0, y: i * PHONE_VIEWPORT.height, width: PHONE_VIEWPORT.width, height: Math.min(PHONE_VIEWPORT.height, height - i * PHONE_VIEWPORT.height) };
      await page.screenshot({ path: path.join(OUT, `${name}-${i + 1}.png`), fullPage: true, clip });
    }
    if (OUT !== COMMITTED) writeFileSync(path.join(OUT, `${name}.txt`), await page.innerText('main'));
    console.log(`${urlPath}: ${screens} of ${Math.ceil(height / PHONE_VIEWPORT.height)} screens`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
