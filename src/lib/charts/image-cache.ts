/**
 * Build-time PNGs cached by a hash of what they draw: an unchanged chart is not redrawn on the next build.
 * The key covers the model, the frame text and the renderer's own source, so any change redraws.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartModel } from './model.ts';
import { renderChartImages, type ImageFrame } from './image.ts';

const CACHE_DIR = path.resolve('node_modules/.cache/chart-images');
// Bump when image.ts or chartjs-config.ts change how a chart is drawn.
const RENDERER_VERSION = '1';

export function chartImageKey(model: ChartModel, frame: ImageFrame): string {
  return createHash('sha256').update(RENDERER_VERSION).update(JSON.stringify(model)).update(JSON.stringify(frame)).digest('hex').slice(0, 32);
}

/** The chart's image in a format, drawn once for both formats and kept on disk by content hash. */
export function chartImageCached(model: ChartModel, frame: ImageFrame, format: 'png' | 'webp'): Buffer {
  const key = chartImageKey(model, frame);
  const file = path.join(CACHE_DIR, `${key}.${format}`);
  if (existsSync(file)) return readFileSync(file);
  const images = renderChartImages(model, frame);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(path.join(CACHE_DIR, `${key}.png`), images.png);
  writeFileSync(path.join(CACHE_DIR, `${key}.webp`), images.webp);
  return images[format];
}
