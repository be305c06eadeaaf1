/**
 * Build-time PNGs cached by a hash of what they draw: an unchanged chart is not redrawn on the next build.
 * The key covers the model, the frame text and the renderer's own files, so any change to them redraws.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartModel } from './model.ts';
import { FONT_FILES, renderChartImages, renderChartSvg, renderChartWebp, type ImageFrame } from './image.ts';

const CACHE_DIR = path.resolve('node_modules/.cache/chart-images');

/** Everything that decides the pixels besides the model, from the project root: code, number format, fonts, libraries. */
export const RENDERER_FILES = [
  'src/lib/charts/image.ts',
  'src/lib/charts/chartjs-config.ts',
  'src/lib/charts/text-boxes.ts',
  'src/lib/charts/number-format.ts',
  'src/i18n/index.ts',
  // Maps: their drawing, model, words, the boundary join and the boundary files themselves.
  'src/lib/charts/map-image.ts',
  'src/lib/charts/map.ts',
  'src/lib/charts/rank.ts',
  'src/lib/standing.ts',
  'src/i18n/map.ts',
  'src/lib/geo.ts',
  'src/lib/dataset.ts',
  'content/data/geo/vn63.topojson',
  'content/data/geo/vn34.topojson',
  'node_modules/d3-geo/package.json',
  ...FONT_FILES.map((f) => `src/assets/fonts/${f}`),
  'node_modules/chart.js/package.json',
  'node_modules/@napi-rs/canvas/package.json',
] as const;

let rendererFiles: Buffer[] | undefined;

/** Read once per build. */
function readRendererFiles(): Buffer[] {
  return (rendererFiles ??= RENDERER_FILES.map((f) => readFileSync(path.resolve(f))));
}

/** `renderer` holds the contents of RENDERER_FILES, in order. */
export function chartImageKey(model: ChartModel, frame: ImageFrame, renderer: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  // Each file hashed on its own, so that bytes cannot shift from one file to the next unseen.
  for (const content of renderer) hash.update(createHash('sha256').update(content).digest());
  return hash.update(JSON.stringify(model)).update(JSON.stringify(frame)).digest('hex').slice(0, 32);
}

/** The picture files, each drawn by one pass of the renderer: wide raster (png, webp), phone (webp), vector (svg). */
export type ChartImageAsset = 'png' | 'webp' | 'phone.webp' | 'svg';

const CONTENT_TYPES: Record<ChartImageAsset, string> = { png: 'image/png', webp: 'image/webp', 'phone.webp': 'image/webp', svg: 'image/svg+xml' };
export const contentTypeOf = (asset: ChartImageAsset) => CONTENT_TYPES[asset];

/** Draws the pass that makes `asset`, and every file of that pass, as { asset: bytes }. */
export function drawAssets(model: ChartModel, frame: ImageFrame, asset: ChartImageAsset): Partial<Record<ChartImageAsset, Buffer>> {
  if (asset === 'svg') return { svg: Buffer.from(renderChartSvg(model, frame).svg) };
  if (asset === 'phone.webp') return { 'phone.webp': renderChartWebp(model, frame, 'phone').webp };
  const wide = renderChartImages(model, frame, 'wide');
  return { png: wide.png, webp: wide.webp };
}

export function cacheFile(key: string, asset: ChartImageAsset): string {
  return path.join(CACHE_DIR, `${key}.${asset}`);
}

/** The chart's file, drawn once per pass and kept on disk by content hash (the pre-draw step fills it ahead). */
export function chartImageCached(model: ChartModel, frame: ImageFrame, asset: ChartImageAsset): Buffer {
  const key = chartImageKey(model, frame, readRendererFiles());
  const file = cacheFile(key, asset);
  if (existsSync(file)) return readFileSync(file);
  const drawn = drawAssets(model, frame, asset);
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const [a, bytes] of Object.entries(drawn)) writeFileSync(cacheFile(key, a as ChartImageAsset), bytes);
  return drawn[asset]!;
}

/** Key of a chart with the renderer files read now (for the pre-draw workers). */
export function currentKey(model: ChartModel, frame: ImageFrame): string {
  return chartImageKey(model, frame, readRendererFiles());
}
