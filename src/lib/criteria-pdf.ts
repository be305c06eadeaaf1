/**
 * The PDF of the criteria sheet, written at build time with pdfkit (no browser): A4, Be Vietnam Pro embedded as a
 * TrueType subset (text selectable, glyphs drawn from the embedded font), the QR code drawn as vector squares.
 * Every page carries the title, "Trang i/N", the edition and the address with its QR code.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { CriteriaSheet, SheetItem } from './criteria-sheet.ts';

/** Complete TrueType files (all glyphs, hinting), not WOFF2: pdfkit subsets and embeds them. SIL OFL 1.1. */
export const PDF_FONT_DIR = path.resolve(process.cwd(), 'node_modules/@expo-google-fonts/be-vietnam-pro');
export const PDF_FONTS = {
  regular: path.join(PDF_FONT_DIR, '400Regular/BeVietnamPro_400Regular.ttf'),
  bold: path.join(PDF_FONT_DIR, '700Bold/BeVietnamPro_700Bold.ttf'),
};

const MM = 72 / 25.4;
const MARGIN = 15 * MM;
const BODY = 12;
const QR_SIZE = 64;

export interface PdfOptions {
  /** The page's absolute address, printed and encoded in the QR code. */
  url: string;
  full: boolean;
  locale: 'vi' | 'en';
}

const LABELS = {
  vi: { page: (i: number, n: number) => `Trang ${i}/${n}`, address: 'Địa chỉ', source: 'Nguồn', subject: 'Bộ tiêu chí PAPI để in và gửi', dims: 'nội dung' },
  en: { page: (i: number, n: number) => `Page ${i} of ${n}`, address: 'Address', source: 'Source', subject: 'The PAPI criteria, to print and send', dims: 'dimensions' },
};

function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 1;
  const cell = size / (n + 2 * quiet);
  doc.save().rect(x, y, size, size).fill('#ffffff').fillColor('#000000');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell + 0.05, cell + 0.05);
  }
  doc.fill('#000000').restore();
}

/** Every character the PDF will print, to check against the embedded fonts before writing. */
export function sheetText(sheet: CriteriaSheet): string {
  const items = (xs: SheetItem[]): string[] => xs.flatMap((x) => [x.number, x.name, x.years, ...items(x.indicators)]);
  return [
    sheet.title, sheet.whatIs, sheet.editionLine, sheet.sources.join('; '), sheet.starNote ?? '', sheet.yearsNote ?? '',
    ...sheet.trees.flatMap((t) => [t.label, t.missing ?? '', ...t.dimensions.flatMap((d) => [d.number, d.name, ...items(d.items)])]),
  ].join('\n');
}

/** Characters of `text` that a font file has no glyph for (pdfkit would draw them as empty boxes). */
export function missingGlyphs(text: string, fontFile: string): string[] {
  const font = fontkit.create(readFileSync(fontFile)) as fontkit.Font;
  return [...new Set([...text.normalize('NFC')])].filter((ch) => !/\s/.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
}

/** Writes the sheet as a PDF and resolves with its bytes. */
export async function criteriaPdf(sheet: CriteriaSheet, options: PdfOptions): Promise<Buffer> {
  const L = LABELS[options.locale];
  const all = `${sheetText(sheet)}${L.page(1, 1)}${L.address}${L.source}•·*: ()${options.url}`;
  for (const font of Object.values(PDF_FONTS)) {
    const missing = missingGlyphs(all, font);
    if (missing.length) throw new Error(`${font}: no glyph for ${missing.map((c) => `"${c}" U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')} in the criteria sheet "${sheet.title}"`);
  }
  const headerHeight = options.full ? QR_SIZE + 14 : 0;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN + headerHeight, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: PDF_FONTS.regular,
    lang: options.locale,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${sheet.title}: ${sheet.editionLine}`,
      Subject: L.subject,
      Author: sheet.sources.join('; '),
      Keywords: `PAPI; ${sheet.editionId}`,
      // The edition's date, not the build's: the same data gives the same file.
      CreationDate: new Date(`${sheet.editionDate}T00:00:00Z`),
      ModDate: new Date(`${sheet.editionDate}T00:00:00Z`),
    },
  });
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const nfc = (s: string) => s.normalize('NFC');

  if (!options.full) {
    // One page: title and facts beside the QR code, then the 8 dimensions in two columns.
    const qrBig = 92;
    const top = MARGIN;
    doc.font('bold').fontSize(22).text(nfc(sheet.title), MARGIN, top, { width: width - qrBig - 12 });
    doc.font('regular').fontSize(BODY).moveDown(0.3).text(nfc(sheet.whatIs), { width: width - qrBig - 12 });
    doc.moveDown(0.3).text(nfc(sheet.editionLine), { width: width - qrBig - 12 });
    doc.text(`${L.address}: ${options.url}`, { width: width - qrBig - 12, link: options.url });
    drawQr(doc, options.url, MARGIN + width - qrBig, top, qrBig);
    let y = Math.max(doc.y, top + qrBig) + 10;
    doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(1.5).stroke('#000000');
    y += 10;
    const tree = sheet.trees[0]!;
    const gap = 16;
    const colWidth = (width - gap) / 2;
    const half = Math.ceil(tree.dimensions.length / 2);
    let bottom = y;
    [tree.dimensions.slice(0, half), tree.dimensions.slice(half)].forEach((col, i) => {
      const x = MARGIN + i * (colWidth + gap);
      doc.x = x;
      doc.y = y;
      for (const d of col) {
        doc.font('bold').fontSize(12).text(nfc(`${d.number}. ${d.name}`), x, doc.y, { width: colWidth });
        doc.font('regular').fontSize(BODY);
        for (const s of d.items) doc.text(nfc(`${s.number} ${s.name}${s.years ? ` (${s.years})` : ''}`), x + 10, doc.y, { width: colWidth - 10 });
        doc.moveDown(0.5);
      }
      bottom = Math.max(bottom, doc.y);
    });
    doc.font('regular').fontSize(BODY).text(nfc(`${L.source}: ${sheet.sources.join('; ')}`), MARGIN, bottom + 4, { width });
  } else {
    for (const tree of sheet.trees) {
      doc.font('bold').fontSize(14).text(nfc(tree.label), MARGIN, doc.y, { width });
      doc.moveDown(0.2);
      if (tree.missing) doc.font('regular').fontSize(BODY).text(nfc(tree.missing), { width });
      for (const d of tree.dimensions) {
        // Keep a dimension's heading with its first lines.
        if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
        doc.font('bold').fontSize(12.5).text(nfc(`${d.number}. ${d.name}`), MARGIN, doc.y, { width });
        for (const s of d.items) {
          if (doc.y + 36 > doc.page.height - doc.page.margins.bottom) doc.addPage();
          doc.font('bold').fontSize(BODY).text(nfc(`${s.number} ${s.name}${s.years ? ` (${s.years})` : ''}`), MARGIN + 8, doc.y, { width: width - 8 });
          doc.font('regular').fontSize(BODY);
          for (const g of s.indicators) {
            doc.text(nfc(`• ${g.name}${g.starred ? '*' : ''}${g.years ? ` (${g.years})` : ''}`), MARGIN + 18, doc.y, { width: width - 18 });
          }
        }
        doc.moveDown(0.4);
      }
      doc.moveDown(0.6);
    }
    doc.font('regular').fontSize(BODY);
    for (const note of [sheet.starNote, sheet.yearsNote, `${L.source}: ${sheet.sources.join('; ')}`]) if (note) doc.text(nfc(note), MARGIN, doc.y, { width }).moveDown(0.3);
  }

  // Every page: page number and edition at the foot; in the full version also the title, address and QR at the head.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (options.full) {
      drawQr(doc, options.url, MARGIN + width - QR_SIZE, MARGIN, QR_SIZE);
      doc.font('bold').fontSize(14).text(nfc(sheet.title), MARGIN, MARGIN, { width: width - QR_SIZE - 10, lineBreak: false });
      doc.font('regular').fontSize(BODY).text(nfc(sheet.editionLine), MARGIN, MARGIN + 20, { width: width - QR_SIZE - 10, lineBreak: false });
      doc.text(`${L.address}: ${options.url}`, MARGIN, MARGIN + 36, { width: width - QR_SIZE - 10, link: options.url, lineBreak: false });
      const rule = MARGIN + QR_SIZE + 6;
      doc.moveTo(MARGIN, rule).lineTo(MARGIN + width, rule).lineWidth(1).stroke('#000000');
    }
    const footY = doc.page.height - MARGIN;
    doc.font('regular').fontSize(10).text(nfc(`${sheet.title} · ${sheet.editionLine}`), MARGIN, footY, { width: width - 80, lineBreak: false });
    doc.text(L.page(i - range.start + 1, range.count), MARGIN + width - 80, footY, { width: 80, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  return done;
}
