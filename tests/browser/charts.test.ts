/**
 * Charts in a real browser: the page loads with build-time images and no Chart.js; each chart's "interactive
 * chart" button (pressed from the keyboard) replaces the image with Chart.js, which draws pixels and takes the
 * focus; its table holds the same numbers as the chart's CSV download; with JavaScript off, the image stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, DistSite } from '../lib/dist-site.ts';
import { BrowserPool, CHROMIUM_PATH } from '../lib/browser.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { parseCsvRecords as parseCsv } from '../lib/csv.ts';

const site = new DistSite(DIST);
const PAGES = ['bieu-do/papi-ha-nam-thu-hang/', 'en/charts/papi-ha-nam-tong-diem/', 'bieu-do/papi-xep-hang-2024/', 'tinh/nam-dinh/', 'bieu-do/papi-ban-do-2024/'];

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

async function chartIds(page: Page): Promise<string[]> {
  return page.locator('[data-chart-figure]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['chartId']!));
}

describe.each(PAGES.map((p) => [p]))('%s', (pagePath) => {
  it('draws every chart on request, with a table equal to its CSV', async () => {
    await pool.use(async (context: BrowserContext) => {
      const page = await context.newPage();
      const errors: string[] = [];
      const scripts: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
      await page.goto(server.url + pagePath, { waitUntil: 'load' });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // Scrolled through, the page still has images only: Chart.js waits until a reader asks for it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      expect(await page.locator('[data-chart-figure] canvas').count()).toBe(0);
      expect(scripts.filter((u) => /\/chart\.[\w-]+\.js$/.test(u)), 'Chart.js fetched before any request').toEqual([]);
      const ids = await chartIds(page);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const figure = page.locator(`[data-chart-figure][data-chart-id="${id}"]`).first();
        const button = figure.locator('[data-chart-activate]');
        await button.focus();
        await page.keyboard.press('Enter');
        // A chart across a method change has a canvas per panel; each is drawn and named.
        const canvases = figure.locator('canvas');
        await canvases.first().waitFor({ state: 'attached', timeout: 15_000 });
        await page.waitForFunction((chartId) => document.querySelector(`[data-chart-id="${chartId}"]`)?.hasAttribute('data-chart-ready'), id, { timeout: 15_000 });
        for (const canvas of await canvases.all()) {
          // Drawn pixels: some of the canvas is not transparent.
          const painted = await canvas.evaluate(async (c: HTMLCanvasElement) => {
            await new Promise((r) => setTimeout(r, 600));
            const ctx = c.getContext('2d')!;
            const { data } = ctx.getImageData(0, 0, c.width, c.height);
            let n = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
            return n;
          });
          expect(painted, `${id}: painted pixels`).toBeGreaterThan(2000);
          // Accessible name and description on the canvas.
          expect(await canvas.getAttribute('role')).toBe('img');
          expect(await canvas.getAttribute('aria-labelledby')).toBe(`chart-${id}-title`);
          expect(await canvas.getAttribute('aria-describedby')).toBe(`chart-${id}-summary`);
        }
        expect(await canvases.first().evaluate((c) => c === document.activeElement), `${id}: focus moves to the chart`).toBe(true);
        expect(await button.count(), `${id}: the button goes once the chart is drawn`).toBe(0);
        // The table shows the CSV's numbers, cell for cell, for the provinces and years it lists.
        const csvHref = await figure.locator('.chart-actions a[href$=".csv"]').getAttribute('href');
        const csv = parseCsv(await (await page.request.get(new URL(csvHref!, page.url()).href)).text());
        const cells = await figure.locator('table[data-chart-table] td').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset['value'] ?? ''));
        const tableValues = cells.filter((v) => v !== '').map(Number).sort((a, b) => a - b);
        const csvValues = csv.filter((r) => r['value'] !== '').map((r) => Number(r['value'])).sort((a, b) => a - b);
        const model = JSON.parse((await figure.locator('script[data-chart-model], script[data-map-model]').textContent())!) as { kind: string };
        const rankChart = model.kind === 'rank-line';
        if (rankChart) expect(tableValues).toEqual(csv.filter((r) => r['rank'] !== '').map((r) => Number(r['rank'])).sort((a, b) => a - b));
        else expect(tableValues).toEqual(csvValues);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});

describe('without JavaScript', () => {
  it('shows the build-time image of every chart', async () => {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'chromium-nojs-'));
    const context = await chromium.launchPersistentContext(profile, {
      headless: true,
      executablePath: CHROMIUM_PATH,
      javaScriptEnabled: false,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await context.newPage();
      // Pages that show charts in place (the others link to chart pages): together more than three figures.
      let seen = 0;
      for (const pagePath of ['', 'ha-nam/', 'tinh/bac-ninh/', 'bieu-do/papi-ha-nam-tong-diem/']) {
        await page.goto(`${server.url}${pagePath}`, { waitUntil: 'load' });
        const figures = page.locator('[data-chart-figure]');
        const n = await figures.count();
        expect(n, pagePath).toBeGreaterThan(0);
        seen += n;
        for (let i = 0; i < n; i++) {
          const img = figures.nth(i).locator('.chart-frame img');
          if (!(await img.isVisible())) continue; // inside a closed <details>
          await img.scrollIntoViewIfNeeded();
          await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
          expect(await figures.nth(i).locator('canvas').count()).toBe(0);
          expect(await figures.nth(i).locator('[data-chart-activate]').isVisible(), 'no dead button without JavaScript').toBe(false);
        }
      }
      expect(seen).toBeGreaterThan(3);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
