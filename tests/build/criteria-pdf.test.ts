/**
 * The PAPI criteria sheet's PDFs in dist/, as a viewer reads them (PDF.js, tests/lib/pdf.ts): the short version on
 * one A4 page, every page of both A4, drawn (not blank), its text in embedded fonts that hold every glyph drawn,
 * every dimension name (and, short, the current sub-dimensions) present, the edition and its date, the page's
 * address and "Trang i/N" on every page, nothing about the other indices, and at most 1 MB for Zalo.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, DistSite, TEST_SITE_URL } from '../lib/dist-site.ts';
import { isA4, readPdf, type PdfPage } from '../lib/pdf.ts';
import { criteriaSheet } from '../../src/lib/criteria-sheet.ts';
import { currentEdition, loadDataset } from '../../src/lib/dataset.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { lastYear } from '../../src/lib/criteria-view.ts';
import { filePaths } from '../../src/lib/routes.ts';

export const PDF_MAX_BYTES = 1024 * 1024;
/** Share of a page's pixels that must be ink: a title and a footer alone are above it, a blank page is 0. */
export const MIN_INK = 0.005;

const site = new DistSite(DIST);
const ds = loadDataset();
const edition = currentEdition(ds);
const tree = ds.criteria.find((t) => t.id === 'papi-2018')!;
const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe.each([false, true])('PAPI criteria PDF, full=%s', (full) => {
  const sheet = criteriaSheet(ds, 'vi', full);
  const file = path.join(DIST, sheet.pdfPath);
  let bytes: Buffer;
  let pages: PdfPage[];
  beforeAll(async () => {
    site.assertBuilt();
    if (!existsSync(file)) throw new Error(`${sheet.pdfPath} was not built`);
    bytes = readFileSync(file);
    pages = await readPdf(bytes);
  });

  test('its URL names the edition', () => {
    expect(sheet.pdfPath).toContain(edition.id);
    expect(sheet.pdfPath).toMatch(/\.pdf$/);
  });
  test(full ? 'has more than one page' : 'fits on one page', () => {
    if (full) expect(pages.length).toBeGreaterThan(1);
    else expect(pages.length).toBe(1);
  });
  test('every page is A4', () => {
    expect(pages.filter((p) => !isA4(p)).map((p) => `${p.width}×${p.height}`)).toEqual([]);
  });
  test('every page renders with ink on it', () => {
    expect(pages.map((p, i) => ({ page: i + 1, inked: p.inked })).filter((p) => p.inked < MIN_INK)).toEqual([]);
  });
  test('every font is embedded and has a glyph for every character drawn', () => {
    for (const [i, p] of pages.entries()) {
      expect(p.fonts.length, `page ${i + 1} draws text`).toBeGreaterThan(0);
      expect(p.fonts.filter((f) => !f.embedded).map((f) => f.name), `page ${i + 1}`).toEqual([]);
      expect(p.missingGlyphs, `page ${i + 1}`).toEqual([]);
    }
  });
  test('every page names the sheet, the edition and its date, the address and its number', () => {
    for (const [i, p] of pages.entries()) {
      const text = flat(p.text);
      expect(text).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(text).toContain(sheet.title);
      expect(text).toContain(edition.id);
      expect(text).toContain(formatDate(edition.date, 'vi'));
      if (full || i === 0) expect(text).toContain(`${TEST_SITE_URL}${sheet.pagePath}`);
    }
  });
  test('holds every dimension name, and the current sub-dimensions', () => {
    const text = flat(pages.map((p) => p.text).join('\n'));
    expect(tree.nodes).toHaveLength(8);
    expect(tree.nodes.filter((d) => !text.includes(flat(d.name_vi!))).map((d) => d.id)).toEqual([]);
    const subs = tree.nodes.flatMap((d) => d.children ?? []);
    const current = subs.filter((c) => (c.years ?? []).includes(lastYear(tree)));
    expect(current.filter((c) => !text.includes(flat(c.name_vi!))).map((c) => c.id)).toEqual([]);
    if (!full) {
      expect(current).toHaveLength(28);
      for (const c of subs.filter((x) => !current.includes(x))) expect(text).not.toContain(`${c.id} ${flat(c.name_vi!)}`);
      expect(text).toContain(sheet.whatIs);
    }
  });
  test('names only PAPI', () => {
    const text = flat(pages.map((p) => p.text).join('\n'));
    expect(text).not.toMatch(/PAR INDEX|SIPAS|\bPCI\b/);
  });
  test(`is at most ${PDF_MAX_BYTES / 1024} KB`, () => {
    expect(bytes.length).toBeLessThanOrEqual(PDF_MAX_BYTES);
  });
  test('the print page offers it as "Tải PDF"', () => {
    const html = readFileSync(path.join(DIST, sheet.pagePath, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<a href="${sheet.pdfPath.replace(/[.]/g, '\\.')}"[^>]*>Tải PDF</a>`));
  });
});

describe('links to the sheet', () => {
  const short = criteriaSheet(ds, 'vi', false);
  test('from /chi-so/ and from every PAPI criteria page', () => {
    site.assertBuilt();
    const pages = ['chi-so/index.html', ...tree.nodes.map((d) => `chi-so/papi/${d.id}/index.html`)];
    for (const p of pages) {
      const html = readFileSync(path.join(DIST, p), 'utf8');
      expect(html, p).toContain(`href="${short.pagePath}"`);
      expect(html, p).toContain(`href="${short.pdfPath}"`);
    }
  });
});

/**
 * Every edition's PDF address keeps answering: the current edition's is built; an earlier edition's is a 301 in
 * dist/_redirects to the current PDF of the same version (the criteria text is not frozen with an edition, so an
 * old PDF cannot be rebuilt; the current one names its own edition). scripts/serve.ts and the published-URL test
 * (tests/build/press.test.ts) follow the same file.
 */
describe('PAPI criteria PDFs of every edition', () => {
  const redirectsOf = () =>
    new Map(
      readFileSync(path.join(DIST, '_redirects'), 'utf8')
        .split('\n')
        .map((l) => l.trim().split(/\s+/))
        .filter((p) => p.length >= 2 && p[0]!.endsWith('.pdf'))
        .map(([from, to, status]) => [from!, { to: to!, status: Number(status ?? 301) }] as const),
    );
  /** What is wrong with an edition's PDF address in dist/: nothing when the file is there or a 301 leads to a built one. */
  function problem(pdfPath: string, redirects: Map<string, { to: string; status: number }>): string | undefined {
    if (existsSync(path.join(DIST, pdfPath))) return redirects.has(pdfPath) ? 'is built and redirected both' : undefined;
    const r = redirects.get(pdfPath);
    if (!r) return 'is neither built nor redirected';
    if (r.status !== 301) return `redirects with ${r.status}`;
    return existsSync(path.join(DIST, r.to)) ? undefined : `redirects to ${r.to}, which is not built`;
  }
  test('the check bites: an address neither built nor redirected, and a redirect to a missing file', () => {
    site.assertBuilt();
    expect(problem('/chi-so/papi/bo-tieu-chi/papi-bo-tieu-chi-1999-01.pdf', new Map())).toBe('is neither built nor redirected');
    expect(problem('/x.pdf', new Map([['/x.pdf', { to: '/missing.pdf', status: 301 }]]))).toMatch(/not built/);
  });
  test.each(ds.editions.map((e) => e.id))('edition %s: both versions answer', (id) => {
    const redirects = redirectsOf();
    for (const full of [false, true]) {
      const pdfPath = filePaths.criteriaPdf('papi', id, full);
      expect(problem(pdfPath, redirects), pdfPath).toBeUndefined();
      if (id !== edition.id) expect(redirects.get(pdfPath)?.to, pdfPath).toBe(criteriaSheet(ds, 'vi', full).pdfPath);
    }
  });
});
