/**
 * The print versions of the criteria ("Bộ tiêu chí"), as Chromium prints them on A4: the short PAPI version
 * fits on one page, in type of at least 11 pt, and still carries all 8 dimensions and the current sub-dimensions, the
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
import { readPdf } from '../lib/pdf.ts';
import { criteriaStrings } from '../../src/i18n/criteria.ts';

const MAX_SHORT_PAPI_PAGES = 1;
/** Notice-board type: 11 pt in CSS pixels. */
const MIN_PRINT_PX = (11 * 96) / 72;

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
  /** The smallest font size (px) of any text printed, with the text it belongs to. */
  smallest: { px: number; text: string };
  pdf: Buffer;
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
    const smallest = await page.evaluate(() => {
      let min = { px: Infinity, text: '' };
      const walker = document.createTreeWalker(document.querySelector('.print-sheet') ?? document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < min.px) min = { px, text: n.textContent.trim().slice(0, 60) };
      }
      return min;
    });
    return { pages: pdfPageCount(pdf), text: nfc(info.text), canonical: info.canonical, qrLabel: info.qrLabel, external, smallest, pdf };
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
  test('carries all 8 dimensions and the 28 sub-dimensions of the latest year, not the dropped ones', () => {
    site.assertBuilt();
    expect(tree, 'content/data/criteria/papi-2018.json').toBeDefined();
    expect(tree!.nodes).toHaveLength(8);
    const latest = Math.max(...tree!.nodes.flatMap((d) => d.years ?? []));
    const subs = tree!.nodes.flatMap((d) => d.children ?? []);
    const current = subs.filter((c) => (c.years ?? []).includes(latest));
    expect(current).toHaveLength(28);
    const missing = [...tree!.nodes, ...current].filter((n) => !printed.text.includes(nameIn(locale, n)));
    expect(missing.map((n) => `${n.id} ${nameIn(locale, n)}`)).toEqual([]);
    for (const c of subs.filter((x) => !current.includes(x))) expect(printed.text).not.toContain(`${c.id} ${nameIn(locale, c)}`);
  });
  test('prints no text smaller than 11 pt', () => {
    site.assertBuilt();
    expect(printed.smallest.px, printed.smallest.text).toBeGreaterThanOrEqual(MIN_PRINT_PX - 0.01);
  });
  test('names no other index', () => {
    site.assertBuilt();
    expect(printed.text).not.toMatch(/PAR INDEX|SIPAS|\bPCI\b/);
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
    // Every printed page repeats the title, the address (and so the QR code beside it) and says its number.
    const pages = await readPdf(p.pdf);
    expect(pages.length).toBeGreaterThan(1);
    const title = criteriaStrings[locale].printTitleFull('PAPI');
    for (const [i, page] of pages.entries()) {
      const text = nfc(page.text);
      expect(text, `page ${i + 1}`).toContain(title);
      expect(text, `page ${i + 1}`).toContain(p.canonical!);
      expect(text, `page ${i + 1}`).toContain(locale === 'vi' ? `Trang ${i + 1}/${pages.length}` : `Page ${i + 1} of ${pages.length}`);
    }
    if (locale === 'vi') {
      expect(p.text).toContain('Dấu * sau tên chỉ tiêu');
      expect(p.text).toMatch(/chỉ có năm 2018, 2019, đã bỏ/);
    }
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
