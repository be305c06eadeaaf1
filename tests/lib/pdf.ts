/**
 * Reading a PDF in Node the way a viewer does: PDF.js (pdfjs-dist) parses it and draws each page on an
 * @napi-rs/canvas canvas. It tells the page sizes, the text, each drawn glyph and whether the embedded font had
 * it (PDF.js's own `isInFont`), and how much of a rasterised page is not white.
 */
import { createCanvas, DOMMatrix, ImageData, Path2D } from '@napi-rs/canvas';

// PDF.js polyfills these from its own copy of @napi-rs/canvas, whose Path2D our canvas would reject: use ours.
Object.assign(globalThis, { Path2D, DOMMatrix, ImageData });
const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfPage {
  /** Size in points (1/72 in). */
  width: number;
  height: number;
  text: string;
  /** Fonts the page draws text with: their names and whether the file is embedded in the PDF. */
  fonts: { name: string; embedded: boolean }[];
  /** Characters drawn with a glyph the embedded font does not have. */
  missingGlyphs: string[];
  /** Share of pixels darker than near-white, at the raster scale. */
  inked: number;
  png?: Buffer;
}

interface GlyphLike { unicode?: string; isInFont?: boolean; isSpace?: boolean }
interface FontLike { name?: string; loadedName?: string; missingFile?: boolean }

/** Parses and rasterises every page (scale 1 = 72 dpi); keeps the PNGs when asked. */
export async function readPdf(bytes: Uint8Array, { scale = 1, keepPng = false } = {}): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      // PDF.js draws on any canvas-like context; its types name the DOM's.
      await page.render({ canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let p = 0; p < pixels.length; p += 4) if (pixels[p]! < 200 || pixels[p + 1]! < 200 || pixels[p + 2]! < 200) dark++;
      const content = await page.getTextContent();
      const text = content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join('');
      const ops = await page.getOperatorList();
      const fontNames = new Set<string>();
      const missing = new Set<string>();
      for (let k = 0; k < ops.fnArray.length; k++) {
        if (ops.fnArray[k] === OPS.setFont) fontNames.add(String((ops.argsArray[k] as unknown[])[0]));
        if (ops.fnArray[k] === OPS.showText) {
          for (const g of (ops.argsArray[k] as unknown[][])[0] as (GlyphLike | number)[]) {
            if (typeof g === 'object' && g && !g.isSpace && g.isInFont === false && !/^\s*$/.test(g.unicode ?? '')) missing.add(g.unicode ?? '?');
          }
        }
      }
      const fonts = [...fontNames].map((id) => {
        const f = page.commonObjs.get(id) as FontLike;
        return { name: f.name ?? id, embedded: f.missingFile === false };
      });
      pages.push({
        width: x1 - x0,
        height: y1 - y0,
        text,
        fonts,
        missingGlyphs: [...missing],
        inked: dark / (canvas.width * canvas.height),
        png: keepPng ? canvas.toBuffer('image/png') : undefined,
      });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

/** A4 in points, as PDF writers round it. */
export const A4 = { width: 595.28, height: 841.89 };
export const isA4 = (p: { width: number; height: number }) => Math.abs(p.width - A4.width) < 1 && Math.abs(p.height - A4.height) < 1;
