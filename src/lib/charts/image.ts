/**
 * The build-time pictures of a chart: Chart.js drawn on one @napi-rs/canvas, on white, framed by the title,
 * subtitle, source line, licence and the site's address. One drawing, two targets: a raster canvas (PNG, WebP)
 * and an SVG canvas (text as paths), in two layouts (wide, phone). Readers without JavaScript, printers and
 * link previews get these; the same model drives the interactive chart. Every text's box is recorded.
 */
import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import {
  Chart,
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import path from 'node:path';
import type { ChartModel } from './model.ts';
import { chartHeight, chartJsConfig, drawModel, drawPanels, lineSegments, type LayoutName, type Segment } from './chartjs-config.ts';
import { plotCanvas, recordingContext, type TextBox } from './text-boxes.ts';
import { drawMapPlot, mapTexts, planMap, type MapOp } from './map-image.ts';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement);

export interface Layout {
  /** Width in CSS px, and device pixels per CSS px for the raster images. */
  width: number;
  scale: number;
  pad: number;
  titlePx: number;
  subtitlePx: number;
  footPx: number;
}

/** The phone layout: 360 px wide at 2× (3× would double the drawing time for little), text at or above 12 CSS px on a 360-px screen. */
export const LAYOUTS: Record<LayoutName, Layout> = {
  wide: { width: 800, scale: 2, pad: 24, titlePx: 20, subtitlePx: 14, footPx: 12 },
  phone: { width: 360, scale: 2, pad: 12, titlePx: 18, subtitlePx: 14, footPx: 14 },
};
export const IMAGE_WIDTH = LAYOUTS.wide.width;
export const FONT_FILES = [
  'be-vietnam-pro-latin-400-normal.woff2',
  'be-vietnam-pro-vietnamese-400-normal.woff2',
  'be-vietnam-pro-latin-700-normal.woff2',
  'be-vietnam-pro-vietnamese-700-normal.woff2',
] as const;
// Resolved from the project root: after bundling, import.meta.url no longer points into src/.
export const FONT_DIR = path.resolve(process.cwd(), 'src/assets/fonts') + path.sep;

let fontsReady = false;
/** Latin and Vietnamese files under one family: with one file alone some letters silently fall back. Also used by the card layout (src/lib/og-card.ts). */
export function registerFonts(): void {
  if (fontsReady) return;
  for (const file of FONT_FILES) {
    if (!GlobalFonts.registerFromPath(FONT_DIR + file, 'Be Vietnam Pro')) throw new Error(`Could not load font ${FONT_DIR + file}`);
  }
  fontsReady = true;
}

/** Greedy word wrap for the frame's text; a word too long for a line (an address) breaks after a "/". */
function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const pieces = text.split(/\s+/).flatMap((word) =>
    (ctx.measureText(word).width > width ? word.split(/(?<=\/)/) : [word]).map((piece, k) => ({ piece, glue: k === 0 ? ' ' : '' })),
  );
  const lines: string[] = [];
  let line = '';
  for (const { piece, glue } of pieces) {
    const next = line ? `${line}${glue}${piece}` : piece;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = piece;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ImageFrame {
  /** e.g. "CC BY 4.0 · chisohanam.example/bieu-do/papi-ha-nam/" */
  licenceLine: string;
}

/** Every string drawn onto the image, for the font-coverage test. */
export function textsDrawn(model: ChartModel, frame: ImageFrame): string[] {
  const dsLabels = model.series.map((s) => s.label);
  return [model.title, model.subtitle, ...model.markNotes, model.sourceLine, frame.licenceLine, model.y.label, ...model.xLabels, ...dsLabels, ...(model.panels ?? []).map((p) => p.label), 'Đổi phương pháp', 'Method change', '0123456789,.%/–-', ...mapTexts(model)];
}

/** The CSS font of every text the renderer draws, in any layout (wide, phone, card). */
export const font = (weight: number, px: number) => `${weight} ${px}px 'Be Vietnam Pro'`;
const lineHeight = (px: number) => Math.round(px * 1.35);

interface FramePlan {
  width: number;
  height: number;
  title: string[];
  subtitle: string[];
  foot: string[];
  /** Where each plot starts (CSS px from the top) and its height. */
  plots: { top: number; height: number }[];
}

function planFrame(model: ChartModel, frame: ImageFrame, layout: LayoutName): FramePlan {
  registerFonts();
  const L = LAYOUTS[layout];
  const inner = L.width - L.pad * 2;
  const measure = createCanvas(10, 10).getContext('2d');
  measure.font = font(700, L.titlePx);
  const title = wrap(measure, model.title, inner);
  measure.font = font(400, L.subtitlePx);
  const subtitle = wrap(measure, model.subtitle, inner);
  measure.font = font(400, L.footPx);
  // The notes on marked figures first: a picture copied on its own still says which figures are not plain fact.
  const foot = [...model.markNotes, model.sourceLine, frame.licenceLine].flatMap((line) => wrap(measure, line, inner));
  let top = L.pad + title.length * lineHeight(L.titlePx) + subtitle.length * lineHeight(L.subtitlePx) + 8;
  // A map is one plot, as tall as its map and legend.
  const heights = model.map ? [planMap(measure, model, layout, inner).height] : drawPanels(drawModel(model)).map((panel) => chartHeight(panel, layout));
  const plots = heights.map((height) => {
    const plot = { top, height };
    top += height;
    return plot;
  });
  return { width: L.width, height: top + 6 + foot.length * lineHeight(L.footPx) + L.pad, title, subtitle, foot, plots };
}

export interface RenderedChart {
  width: number;
  height: number;
  /** Every text drawn, in CSS px of this picture. */
  boxes: TextBox[];
  /** A map's provinces as drawn (fill, hatch, outline). */
  mapOps?: MapOp[];
  /** Every segment of the data lines drawn, in CSS px of this picture (labels must not sit on them). */
  segments?: Segment[];
}

/** Draws the planned frame and the plots on `target`, at `scale` device px per CSS px; returns every text's box. */
function drawChart(target: SKRSContext2D, scale: number, model: ChartModel, layout: LayoutName, plan: FramePlan, segments: Segment[] = [], mapOps: MapOp[] = []): TextBox[] {
  const L = LAYOUTS[layout];
  const boxes: TextBox[] = [];
  const ctx = recordingContext(target, boxes, scale);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, plan.width, plan.height);
  ctx.textBaseline = 'top';
  let y = L.pad;
  ctx.fillStyle = '#1a1a1a';
  ctx.font = font(700, L.titlePx);
  for (const l of plan.title) { ctx.fillText(l, L.pad, y); y += lineHeight(L.titlePx); }
  ctx.font = font(400, L.subtitlePx);
  ctx.fillStyle = '#4d4d4d';
  for (const l of plan.subtitle) { ctx.fillText(l, L.pad, y); y += lineHeight(L.subtitlePx); }
  // Chart.js draws each plot straight onto this canvas, offset to its place in the frame: no copied bitmap.
  if (model.map) mapOps.push(...drawMapPlot(ctx, model, layout, { x: L.pad, y: plan.plots[0]!.top }, L.width - L.pad * 2));
  else drawPanels(drawModel(model)).forEach((panel, i) => {
    const { top, height } = plan.plots[i]!;
    const canvas = plotCanvas(target, boxes, scale, { x: L.pad, y: top }, L.width - L.pad * 2, height);
    const chart = new Chart(canvas as unknown as HTMLCanvasElement, chartJsConfig(panel, { animate: false, responsive: false, devicePixelRatio: scale, layout }));
    for (const s of lineSegments(chart)) segments.push({ x0: s.x0 + L.pad, y0: s.y0 + top, x1: s.x1 + L.pad, y1: s.y1 + top });
    chart.destroy();
  });
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  y = plan.plots.at(-1)!.top + plan.plots.at(-1)!.height + 6;
  ctx.font = font(400, L.footPx);
  ctx.fillStyle = '#333333';
  for (const l of plan.foot) { ctx.fillText(l, L.pad, y); y += lineHeight(L.footPx); }
  return boxes;
}

export interface ChartImages extends RenderedChart {
  /** For download and link previews: lossless. */
  png: Buffer;
  /** For the page: the same picture, a fraction of the bytes for readers on slow connections. */
  webp: Buffer;
}

export function renderChartPng(model: ChartModel, frame: ImageFrame): Buffer {
  return renderChartImages(model, frame).png;
}

/** PNG and WebP of a layout, drawn once. */
export function renderChartImages(model: ChartModel, frame: ImageFrame, layout: LayoutName = 'wide'): ChartImages {
  const plan = planFrame(model, frame, layout);
  const { scale } = LAYOUTS[layout];
  const canvas = createCanvas(plan.width * scale, plan.height * scale);
  const boxes = drawChart(canvas.getContext('2d'), scale, model, layout, plan);
  return { width: plan.width, height: plan.height, boxes, png: canvas.toBuffer('image/png'), webp: canvas.toBuffer('image/webp', 82) };
}

/** The text boxes alone, drawn at 1× and not encoded: what the overlap test checks, at a fraction of the cost. */
export function chartTextBoxes(model: ChartModel, frame: ImageFrame, layout: LayoutName = 'wide'): RenderedChart {
  const plan = planFrame(model, frame, layout);
  const canvas = createCanvas(plan.width, plan.height);
  const mapOps: MapOp[] = [];
  const segments: Segment[] = [];
  const boxes = drawChart(canvas.getContext('2d'), 1, model, layout, plan, segments, mapOps);
  return { width: plan.width, height: plan.height, boxes, segments, ...(model.map ? { mapOps } : {}) };
}

/** The phone picture: WebP only (the PNG download stays the wide one), so no time goes into a PNG nobody gets. */
export function renderChartWebp(model: ChartModel, frame: ImageFrame, layout: LayoutName): RenderedChart & { webp: Buffer } {
  const plan = planFrame(model, frame, layout);
  const { scale } = LAYOUTS[layout];
  const canvas = createCanvas(plan.width * scale, plan.height * scale);
  const boxes = drawChart(canvas.getContext('2d'), scale, model, layout, plan);
  return { width: plan.width, height: plan.height, boxes, webp: canvas.toBuffer('image/webp', 82) };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The same drawing on an SVG canvas: a vector file for print. Text becomes paths (the Vietnamese glyphs survive
 * without the font), so the title and the summary go in <title> and <desc> for search and screen readers.
 */
export function renderChartSvg(model: ChartModel, frame: ImageFrame, layout: LayoutName = 'wide'): RenderedChart & { svg: string } {
  const plan = planFrame(model, frame, layout);
  const canvas = createCanvas(plan.width, plan.height, SvgExportFlag.ConvertTextToPaths);
  const boxes = drawChart(canvas.getContext('2d'), 1, model, layout, plan);
  // Coordinates to 1/100 px (Skia writes six decimals): the file shrinks by a third, the drawing does not change.
  const raw = canvas.getContent().toString('utf8').replace(/(\d\.\d{2})\d+/g, '$1');
  const meta = `<title>${escapeXml(model.title)}</title><desc>${escapeXml(`${model.summary} ${model.sourceLine}. ${frame.licenceLine}`)}</desc>`;
  const svg = raw.replace(/<svg\b[^>]*>/, (open) => `${open.replace(/<svg\b/, `<svg role="img" lang="${model.locale}"`)}${meta}`);
  return { width: plan.width, height: plan.height, boxes, svg };
}

/** Size in CSS pixels, for width/height attributes that prevent layout shift. */
export function imageSize(model: ChartModel, frame: ImageFrame, layout: LayoutName = 'wide'): { width: number; height: number } {
  const plan = planFrame(model, frame, layout);
  return { width: plan.width, height: plan.height };
}
