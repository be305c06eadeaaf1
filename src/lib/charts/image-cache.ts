/**
 * Build-time PNGs cached by a hash of what they draw: an unchanged chart is not redrawn on the next build.
 * The key covers the model, the frame text and the renderer's own files, so any change to them redraws.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartModel } from './model.ts';
import { FONT_FILES, renderChartImages, type ImageFrame } from './image.ts';

const CACHE_DIR = path.resolve('node_modules/.cache/chart-images');

/** Everything that decides the pixels besides the model, from the project root: code, number format, fonts, libraries. */
export const RENDERER_FILES = [
  'src/lib/charts/image.ts',
  'src/lib/charts/chartjs-config.ts',
  'src/lib/charts/number-format.ts',
  'src/i18n/index.ts',
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

/** The chart's image in a format, drawn once for both formats and kept on disk by content hash. */
export function chartImageCached(model: ChartModel, frame: ImageFrame, format: 'png' | 'webp'): Buffer {
  const key = chartImageKey(model, frame, readRendererFiles());
  const file = path.join(CACHE_DIR, `${key}.${format}`);
  if (existsSync(file)) return readFileSync(file);
  const images = renderChartImages(model, frame);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(path.join(CACHE_DIR, `${key}.png`), images.png);
  writeFileSync(path.join(CACHE_DIR, `${key}.webp`), images.webp);
  return images[format];
}
