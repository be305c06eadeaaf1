/**
 * The build-time PNG of a chart: Chart.js drawn on @napi-rs/canvas at 2×, on white, framed by the title,
 * subtitle, source line, licence and the site's address. Readers without JavaScript, printers and
 * link previews get this image; the same model drives the interactive chart.
 */
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
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
import { chartHeight, chartJsConfig, drawModel, drawPanels } from './chartjs-config.ts';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement);

export const IMAGE_WIDTH = 800;
export const IMAGE_SCALE = 2;
export const FONT_FILES = [
  'be-vietnam-pro-latin-400-normal.woff2',
  'be-vietnam-pro-vietnamese-400-normal.woff2',
  'be-vietnam-pro-latin-700-normal.woff2',
  'be-vietnam-pro-vietnamese-700-normal.woff2',
] as const;
// Resolved from the project root: after bundling, import.meta.url no longer points into src/.
export const FONT_DIR = path.resolve(process.cwd(), 'src/assets/fonts') + path.sep;

let fontsReady = false;
/** Latin and Vietnamese files under one family: with one file alone some letters silently fall back. */
function registerFonts(): void {
  if (fontsReady) return;
  for (const file of FONT_FILES) {
    if (!GlobalFonts.registerFromPath(FONT_DIR + file, 'Be Vietnam Pro')) throw new Error(`Could not load font ${FONT_DIR + file}`);
  }
  fontsReady = true;
}

/** Greedy word wrap for the frame's text. */
function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
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
  return [model.title, model.subtitle, model.sourceLine, frame.licenceLine, model.y.label, ...model.xLabels, ...dsLabels, ...(model.panels ?? []).map((p) => p.label), 'Đổi phương pháp', 'Method change', '0123456789,.%/–-'];
}

export interface ChartImages {
  /** For download and link previews: lossless, at 2×. */
  png: Buffer;
  /** For the page: the same picture, a fraction of the bytes for readers on slow connections. */
  webp: Buffer;
}

export function renderChartPng(model: ChartModel, frame: ImageFrame): Buffer {
  return renderChartImages(model, frame).png;
}

export function renderChartImages(model: ChartModel, frame: ImageFrame): ChartImages {
  registerFonts();
  const pad = 24;
  const inner = IMAGE_WIDTH - pad * 2;
  const measure = createCanvas(10, 10).getContext('2d');
  measure.font = `700 20px 'Be Vietnam Pro'`;
  const titleLines = wrap(measure, model.title, inner);
  measure.font = `400 14px 'Be Vietnam Pro'`;
  const subLines = wrap(measure, model.subtitle, inner);
  measure.font = `400 12px 'Be Vietnam Pro'`;
  const footLines = [...wrap(measure, model.sourceLine, inner), ...wrap(measure, frame.licenceLine, inner)];
  const plotH = chartHeight(drawModel(model));
  const head = pad + titleLines.length * 26 + subLines.length * 20 + 8;
  const foot = footLines.length * 17 + pad;
  const height = head + plotH + foot;

  const canvas = createCanvas(IMAGE_WIDTH * IMAGE_SCALE, height * IMAGE_SCALE);
  const ctx = canvas.getContext('2d');
  ctx.scale(IMAGE_SCALE, IMAGE_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, IMAGE_WIDTH, height);
  ctx.fillStyle = '#1a1a1a';
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.font = `700 20px 'Be Vietnam Pro'`;
  for (const l of titleLines) { ctx.fillText(l, pad, y); y += 26; }
  ctx.font = `400 14px 'Be Vietnam Pro'`;
  ctx.fillStyle = '#4d4d4d';
  for (const l of subLines) { ctx.fillText(l, pad, y); y += 20; }

  let top = head;
  for (const panel of drawPanels(drawModel(model))) {
    const h = chartHeight(panel);
    const plot = createCanvas(inner, h);
    const chart = new Chart(plot as unknown as HTMLCanvasElement, chartJsConfig(panel, { animate: false, responsive: false, devicePixelRatio: IMAGE_SCALE }));
    ctx.drawImage(plot, pad, top, inner, h);
    chart.destroy();
    top += h;
  }

  y = head + plotH + 6;
  ctx.font = `400 12px 'Be Vietnam Pro'`;
  ctx.fillStyle = '#333333';
  for (const l of footLines) { ctx.fillText(l, pad, y); y += 17; }
  return { png: canvas.toBuffer('image/png'), webp: canvas.toBuffer('image/webp', 82) };
}

/** Size in CSS pixels, for width/height attributes that prevent layout shift. */
export function imageSize(model: ChartModel, frame: ImageFrame): { width: number; height: number } {
  registerFonts();
  const measure = createCanvas(10, 10).getContext('2d');
  const inner = IMAGE_WIDTH - 48;
  measure.font = `700 20px 'Be Vietnam Pro'`;
  const t = wrap(measure, model.title, inner).length;
  measure.font = `400 14px 'Be Vietnam Pro'`;
  const s = wrap(measure, model.subtitle, inner).length;
  measure.font = `400 12px 'Be Vietnam Pro'`;
  const f = wrap(measure, model.sourceLine, inner).length + wrap(measure, frame.licenceLine, inner).length;
  return { width: IMAGE_WIDTH, height: 24 + t * 26 + s * 20 + 8 + chartHeight(drawModel(model)) + f * 17 + 24 };
}
