/**
 * Search, measured in Chromium on /tim-kiem/:
 * - payload: every /pagefind/ request made to answer a query (?q=…), as transferred by the bench server (which
 *   does not compress), and what a host compressing on the fly would send (Pagefind's index files are already
 *   gzipped, so only pagefind.js, the entry JSON and the like shrink);
 * - time to first result: until the first <li> appears in [data-search-results], with the HTTP cache disabled,
 *   (a) opening /tim-kiem/?q=… (navigation start → first result) and (b) on the loaded page without ?q=,
 *   clicking the box, typing the query and pressing Enter (click → first result; the click is what starts
 *   loading Pagefind). Optionally with the CPU slowed down through the DevTools protocol, to approach a phone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import type { DistSite } from '../../tests/lib/dist-site.ts';

const FIRST_RESULT = '[data-search-results] > li';

export interface PayloadFile {
  file: string;
  bytes: number;
  /** What a host that gzips on the fly would send: gzip size, or the bytes when the file is gzipped already. */
  compressedBytes: number;
}

export interface Payload {
  query: string;
  files: PayloadFile[];
  bytes: number;
  compressedBytes: number;
  results: number;
}

export async function pagefindPayload(context: BrowserContext, site: DistSite, searchUrl: string, query: string): Promise<Payload> {
  const page = await context.newPage();
  const files: PayloadFile[] = [];
  page.on('requestfinished', (request) => {
    const u = new URL(request.url());
    if (!u.pathname.startsWith(`${site.base}pagefind/`)) return;
    void request.sizes().then((sizes) => {
      const target = site.resolvePath(decodeURIComponent(u.pathname));
      const file = 'file' in target ? target.file : u.pathname;
      // The bench server sends files as they are on disk, so their size is what went over the wire (Playwright
      // reports no body size for requests made by Pagefind's web worker).
      let bytes = sizes.responseBodySize;
      let compressedBytes = bytes;
      if ('file' in target) {
        const data = readFileSync(path.join(site.root, target.file));
        const gzipped = data[0] === 0x1f && data[1] === 0x8b;
        bytes = data.length;
        compressedBytes = gzipped ? data.length : Math.min(data.length, gzipSync(data).length);
      }
      files.push({ file, bytes, compressedBytes });
    });
  });
  try {
    const url = new URL(searchUrl);
    url.searchParams.set('q', query);
    await page.goto(url.href, { waitUntil: 'load' });
    await waitForSearch(page);
    await settle(page);
    const results = await page.locator(FIRST_RESULT).count();
    return { query, files, bytes: files.reduce((s, f) => s + f.bytes, 0), compressedBytes: files.reduce((s, f) => s + f.compressedBytes, 0), results };
  } finally {
    await page.close();
  }
}

/** Until a result or a non-empty, non-"searching" status: the search has answered. */
async function waitForSearch(page: Page, timeout = 30_000): Promise<void> {
  await page
    .waitForFunction(
      () => {
        if (document.querySelector('[data-search-results] > li')) return true;
        const empty = document.querySelector<HTMLElement>('[data-search-empty]');
        return Boolean(empty && !empty.hidden);
      },
      undefined,
      { timeout },
    )
    .catch(() => undefined);
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
}

/** Records, in page time, when the first result appears and when the search box is first clicked. */
const OBSERVER = `(() => {
  const w = window;
  w.__firstResultAt = null;
  w.__startedAt = null;
  document.addEventListener('pointerdown', (e) => {
    if (w.__startedAt === null && e.target && e.target.matches && e.target.matches('[data-search-root] input[name="q"]')) w.__startedAt = performance.now();
  }, true);
  new MutationObserver(() => {
    if (w.__firstResultAt === null && document.querySelector('${FIRST_RESULT}')) w.__firstResultAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();`;

export interface Timing {
  mode: 'url' | 'typed';
  cpuSlowdown: number;
  runs: (number | null)[];
  medianMs: number | null;
}

async function oneRun(context: BrowserContext, searchUrl: string, query: string, mode: 'url' | 'typed', cpuSlowdown: number): Promise<number | null> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(OBSERVER);
    if (mode === 'url') {
      const url = new URL(searchUrl);
      url.searchParams.set('q', query);
      await page.goto(url.href, { waitUntil: 'commit' });
      await page.waitForSelector(FIRST_RESULT, { timeout: 30_000 }).catch(() => undefined);
      return await page.evaluate(() => (window as unknown as { __firstResultAt: number | null }).__firstResultAt);
    }
    await page.goto(searchUrl, { waitUntil: 'load' });
    await settle(page);
    const input = page.locator('[data-search-root] input[name="q"]');
    await input.click();
    await input.pressSequentially(query);
    await input.press('Enter');
    await page.waitForSelector(FIRST_RESULT, { timeout: 30_000 }).catch(() => undefined);
    return await page.evaluate(() => {
      const w = window as unknown as { __firstResultAt: number | null; __startedAt: number | null };
      return w.__firstResultAt === null || w.__startedAt === null ? null : w.__firstResultAt - w.__startedAt;
    });
  } finally {
    await page.close();
  }
}

export async function timeToFirstResult(context: BrowserContext, searchUrl: string, query: string, mode: 'url' | 'typed', runs = 5, cpuSlowdown = 1): Promise<Timing> {
  // One warm-up run (Chromium starts its compiler caches), not counted.
  await oneRun(context, searchUrl, query, mode, cpuSlowdown);
  const times: (number | null)[] = [];
  for (let i = 0; i < runs; i++) times.push(await oneRun(context, searchUrl, query, mode, cpuSlowdown));
  const ok = times.filter((t): t is number => t !== null).sort((a, b) => a - b);
  const medianMs = ok.length === runs ? (ok.length % 2 ? ok[(ok.length - 1) / 2]! : (ok[ok.length / 2 - 1]! + ok[ok.length / 2]!) / 2) : null;
  return { mode, cpuSlowdown, runs: times, medianMs };
}
