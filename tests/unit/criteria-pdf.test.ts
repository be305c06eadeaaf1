/**
 * The criteria sheet and the PDF checks of tests/build/criteria-pdf.test.ts: the sheet holds what the short and the
 * full version must, and each check bites on a PDF made wrong on purpose (a blank page, a font that is not
 * embedded, a character the embedded font has no glyph for, a page that is not A4).
 */
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { PDF_FONTS, missingGlyphs } from '../../src/lib/criteria-pdf.ts';
import { criteriaSheet } from '../../src/lib/criteria-sheet.ts';
import { loadDataset } from '../../src/lib/dataset.ts';
import { lastYear } from '../../src/lib/criteria-view.ts';
import { criteriaPdfRedirects, filePaths } from '../../src/lib/routes.ts';
import { isA4, readPdf } from '../lib/pdf.ts';

function makePdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

describe('the PAPI criteria sheet', { timeout: 30_000 }, () => {
  const ds = loadDataset();
  const tree = ds.criteria.find((t) => t.id === 'papi-2018')!;
  test('short: 8 dimensions and only the sub-dimensions of the latest year, no indicators', () => {
    const sheet = criteriaSheet(ds, 'vi', false);
    expect(sheet.trees).toHaveLength(1);
    const dims = sheet.trees[0]!.dimensions;
    expect(dims.map((d) => d.name)).toEqual(tree.nodes.map((d) => d.name_vi));
    const current = tree.nodes.flatMap((d) => d.children ?? []).filter((c) => (c.years ?? []).includes(lastYear(tree)));
    expect(dims.flatMap((d) => d.items.map((i) => i.number))).toEqual(current.map((c) => c.id));
    expect(dims.flatMap((d) => d.items.flatMap((i) => i.indicators))).toEqual([]);
    expect(sheet.whatIs).toMatch(/^PAPI \(/);
    expect(sheet.editionLine).not.toMatch(/PAR INDEX|SIPAS|PCI/);
  });
  test('full: every indicator; those not in every indicator table say their years; PAPI’s "*" explained', () => {
    const sheet = criteriaSheet(ds, 'vi', true);
    const items = sheet.trees[0]!.dimensions.flatMap((d) => d.items);
    const indicators = items.flatMap((i) => i.indicators);
    expect(indicators).toHaveLength(tree.nodes.flatMap((d) => (d.children ?? []).flatMap((c) => c.children ?? [])).length);
    // In tree order; the last indicator table read is the latest year any indicator has.
    const nodes = tree.nodes.flatMap((d) => (d.children ?? []).flatMap((c) => c.children ?? []));
    const lastTable = Math.max(...nodes.flatMap((g) => g.years ?? []));
    const dropped = nodes.map((g, i) => [g, indicators[i]!] as const).filter(([g]) => !(g.years ?? []).includes(lastTable));
    expect(dropped.length).toBeGreaterThan(0);
    for (const [g, item] of dropped) expect(`${g.id} ${item.years}`).toMatch(/đã bỏ/);
    expect(indicators.some((i) => i.starred)).toBe(true);
    expect(indicators.every((i) => !i.name.endsWith('*'))).toBe(true);
    expect(sheet.starNote).toBeTruthy();
  });
});

// PDF.js and the raster take seconds on a busy machine; the default 5 s would fail for the wrong reason.
describe('the PDF checks bite', { timeout: 30_000 }, () => {
  test('a blank page has no ink', async () => {
    const [page] = await readPdf(await makePdf(() => {}, { font: PDF_FONTS.regular }));
    expect(page!.inked).toBe(0);
  });
  test('a standard font that is not embedded is reported', async () => {
    const [page] = await readPdf(await makePdf((doc) => doc.font('Helvetica').text('Bo tieu chi')));
    expect(page!.fonts.some((f) => !f.embedded)).toBe(true);
  });
  test('the embedded Be Vietnam Pro is reported as embedded, with every Vietnamese glyph', async () => {
    const [page] = await readPdf(await makePdf((doc) => doc.text('Bộ tiêu chí: Quản trị điện tử, Đóng góp'), { font: PDF_FONTS.regular }));
    expect(page!.fonts.every((f) => f.embedded)).toBe(true);
    expect(page!.missingGlyphs).toEqual([]);
    expect(page!.text.normalize('NFC')).toContain('Quản trị điện tử');
  });
  test('a character the font lacks is caught before writing and when reading', async () => {
    expect(missingGlyphs('Bộ 中', PDF_FONTS.regular)).toEqual(['中']);
    const [page] = await readPdf(await makePdf((doc) => doc.text('Bộ 中'), { font: PDF_FONTS.regular }));
    // The glyph drawn is the font's .notdef, which maps to no character: one missing glyph is reported.
    expect(page!.missingGlyphs).toHaveLength(1);
  });
  test('a Letter page is not A4', async () => {
    const [page] = await readPdf(await makePdf((doc) => doc.text('x'), { size: 'LETTER', font: PDF_FONTS.regular }));
    expect(isA4(page!)).toBe(false);
    const [a4] = await readPdf(await makePdf((doc) => doc.text('x'), { font: PDF_FONTS.regular }));
    expect(isA4(a4!)).toBe(true);
  });
});

describe('criteria PDF addresses across editions', () => {
  test('one edition: nothing to redirect', () => {
    expect(criteriaPdfRedirects(['2026-11'])).toEqual(new Map());
  });
  test('an earlier edition\u2019s short and full PDFs lead to the current edition\u2019s of the same version', () => {
    const r = criteriaPdfRedirects(['2026-11', '2026-12', '2027-06']);
    expect(r.size).toBe(4);
    for (const old of ['2026-11', '2026-12']) {
      for (const full of [false, true]) expect(r.get(filePaths.criteriaPdf('papi', old, full))).toBe(filePaths.criteriaPdf('papi', '2027-06', full));
    }
    expect(r.has(filePaths.criteriaPdf('papi', '2027-06', false))).toBe(false);
  });
});
