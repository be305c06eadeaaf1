/**
 * The print versions of the criteria ("Bộ tiêu chí"), as Chromium prints them on A4: the short PAPI version
 * fits on at most two pages and still carries all 8 dimensions and every sub-dimension of the data, the
 * page's own address, the data edition's date and a QR code made at build time. Every print page (both
 * locales, short and full, PAPI, PAR INDEX, SIPAS) is checked for its content against content/data.
 * Page count: the PDF's page objects ("/Type /Page", not "/Pages").
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, DistSite, REPO_ROOT } from '../lib/dist-site.ts';
import { launchBrowser, type Browser } from '../lib/browser.ts';
import { ALLOWED_HOST } from '../lib/page-gates.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { criteriaTreeSchema, type CriteriaNode, type CriteriaTree } from '../../src/data/schemas.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { routePath } from '../../src/lib/routes.ts';
import { printTrees } from '../../src/lib/criteria-view.ts';

const MAX_SHORT_PAPI_PAGES = 2;

const site = new DistSite(DIST);
const trees: CriteriaTree[] = (() => {
  const dir = path.join(REPO_ROOT, 'content/data/criteria');
  if (!existsSync(dir)) return [];
  return ['papi-2018', 'papi-2011-2017', 'par-index-qd-876', 'par-index-qd-1149', 'par-index-qd-1150', 'par-index-qd-2948', 'sipas-current', 'sipas-2022', 'sipas-2017-2021']
    .map((id) => path.join(dir, `${id}.json`))
    .filter((f) => existsSync(f))
    .map((f) => criteriaTreeSchema.parse(JSON.parse(readFileSync(f, 'utf8'))));
})();
const editions = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/editions.json'), 'utf8')) as { date: string }[];
const edition = editions.at(-1)!;
/** The latest year with a Hà Nam total for an index, as the print page picks the method behind it. */
function latestHaNamYear(index: string): number | undefined {
  const file = path.join(REPO_ROOT, `content/data/results/${index}.json`);
  if (!existsSync(file)) return undefined;
  const years = (JSON.parse(readFileSync(file, 'utf8')) as { province: string; measure: string; year: number }[])
    .filter((r) => r.province === 'ha-nam' && r.measure === 'total')
    .map((r) => r.year);
  return years.length ? Math.max(...years) : undefined;
}

/** Counts the pages of a PDF: page objects, not the page-tree nodes. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  if (!existsSync(path.join(DIST, 'index.html'))) return;
  server = await startServer({ root: DIST, port: 0 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Printed {
  pages: number;
  text: string;
  canonical: string | null;
  qrLabel: string | null;
  external: string[];
}

async function print(urlPath: string): Promise<Printed> {
  site.assertBuilt();
  const page: Page = await browser.context.newPage();
  const external: string[] = [];
  try {
    await page.route((u) => u.hostname !== ALLOWED_HOST, (route) => {
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const response = await page.goto(server.origin + urlPath, { waitUntil: 'load' });
    expect(response?.status(), urlPath).toBe(200);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const info = await page.evaluate(() => ({
      text: document.body.innerText,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      qrLabel: document.querySelector('.print-qr svg[role="img"]')?.getAttribute('aria-label') ?? null,
    }));
    return { pages: pdfPageCount(pdf), text: nfc(info.text), canonical: info.canonical, qrLabel: info.qrLabel, external };
  } finally {
    await page.close();
  }
}

const nameIn = (locale: 'vi' | 'en', n: CriteriaNode) => nfc((locale === 'vi' ? n.name_vi : n.name_en ?? n.name_vi) ?? '');

/** What every print page must show: its address (also in the QR code's label), the edition date, no request elsewhere. */
function expectFrame(p: Printed, locale: 'vi' | 'en', urlPath: string): void {
  expect(p.canonical, 'canonical link').toBeTruthy();
  expect(new URL(p.canonical!).pathname).toBe(urlPath);
  expect(p.text).toContain(p.canonical!);
  expect(p.qrLabel ?? '').toContain(p.canonical!);
  expect(p.text).toContain(formatDate(edition.date, locale));
  expect(p.external).toEqual([]);
}

describe.each(['vi', 'en'] as const)('PAPI criteria, short print version (%s)', (locale) => {
  const urlPath = routePath(locale, { page: 'criteria-print', index: 'papi' });
  const tree = trees.find((t) => t.id === 'papi-2018');
  let printed: Printed;
  beforeAll(async () => {
    if (server) printed = await print(urlPath);
  });

  test(`fits on at most ${MAX_SHORT_PAPI_PAGES} A4 pages`, () => {
    site.assertBuilt();
    expect(printed.pages).toBeGreaterThanOrEqual(1);
    expect(printed.pages).toBeLessThanOrEqual(MAX_SHORT_PAPI_PAGES);
  });
  test('carries all 8 dimensions and every sub-dimension of the data', () => {
    site.assertBuilt();
    expect(tree, 'content/data/criteria/papi-2018.json').toBeDefined();
    expect(tree!.nodes).toHaveLength(8);
    const missing = tree!.nodes.flatMap((d) => [d, ...(d.children ?? [])]).filter((n) => !printed.text.includes(nameIn(locale, n)));
    expect(missing.map((n) => `${n.id} ${nameIn(locale, n)}`)).toEqual([]);
    expect(tree!.nodes.flatMap((d) => d.children ?? [])).toHaveLength(29);
  });
  test('shows its own address, the QR code of it and the data edition date', () => {
    site.assertBuilt();
    expectFrame(printed, locale, urlPath);
  });
});

describe.each(['vi', 'en'] as const)('PAPI criteria, full print version (%s)', (locale) => {
  const urlPath = routePath(locale, { page: 'criteria-print', index: 'papi', full: true });
  test('lists every indicator', async () => {
    site.assertBuilt();
    const p = await print(urlPath);
    expectFrame(p, locale, urlPath);
    const tree = trees.find((t) => t.id === 'papi-2018')!;
    const indicators = tree.nodes.flatMap((d) => (d.children ?? []).flatMap((s) => s.children ?? []));
    expect(indicators).toHaveLength(129);
    const missing = indicators.filter((n) => !p.text.includes(nameIn(locale, n)));
    expect(missing.map((n) => n.id)).toEqual([]);
  });
});

describe.each([
  ['par-index', 'vi'],
  ['par-index', 'en'],
  ['sipas', 'vi'],
  ['sipas', 'en'],
] as const)('%s criteria print versions (%s)', (index, locale) => {
  test.each([false, true])('full=%s: every set it shows, with its items or a "not found"', async (full) => {
    site.assertBuilt();
    const urlPath = routePath(locale, { page: 'criteria-print', index, full });
    const p = await print(urlPath);
    expectFrame(p, locale, urlPath);
    const shown = printTrees(trees, index, full, latestHaNamYear(index));
    expect(shown.length).toBeGreaterThan(0);
    for (const t of shown) {
      expect(p.text).toContain(nfc(locale === 'vi' ? t.label_vi : t.label_en));
      for (const n of t.nodes) expect(p.text).toContain(nameIn(locale, n));
      if (!t.found || t.nodes.some(function missing(n: CriteriaNode): boolean { return !n.found || (n.children ?? []).some(missing); })) {
        expect(p.text).toContain(locale === 'vi' ? 'chưa tìm thấy' : 'not found');
      }
    }
  });
});
