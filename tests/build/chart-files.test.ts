/**
 * The chart files the build publishes beside each chart page: the SVG download of every registered chart
 * (a well-formed vector file holding the chart's title, no embedded bitmap), and the phone picture the page
 * serves to narrow screens, with the size its <source> announces.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../lib/dist-site.ts';
import { svgProblems } from '../lib/svg.ts';
import { loadDataset } from '../../src/lib/dataset.ts';
import { chartDataSource } from '../../src/lib/charts/data-source.ts';
import { buildChartModel } from '../../src/lib/charts/model.ts';
import { chartAssetPath } from '../../src/lib/charts/paths.ts';
import { routePath } from '../../src/lib/routes.ts';
import { LAYOUTS } from '../../src/lib/charts/image.ts';

const ds = loadDataset();
const data = chartDataSource(ds);
const charts = [...ds.charts.values()].flatMap((spec) => (['vi', 'en'] as const).map((locale) => [spec.id, locale, spec] as const));
/** A WebP's pixel size from its first chunk: VP8X (extended), VP8 (lossy) or VP8L (lossless). */
function webpSize(b: Buffer): { width: number; height: number } {
  const chunk = b.toString('ascii', 12, 16);
  if (chunk === 'VP8X') return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  const bits = b.readUInt32LE(21);
  return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
}

const file = (urlPath: string) => path.join(DIST, decodeURIComponent(urlPath));

describe('chart files in dist/', () => {
  it.each(charts)('%s (%s): the SVG exists, is well-formed, holds the title and no <image>', (id, locale, spec) => {
    const svgPath = file(chartAssetPath(locale, id, 'svg'));
    expect(existsSync(svgPath), svgPath).toBe(true);
    expect(svgProblems(readFileSync(svgPath, 'utf8'), buildChartModel(data, spec, locale).title)).toEqual([]);
  });

  it.each(charts)('%s (%s): the chart page links the SVG and serves the phone picture with its size', (id, locale) => {
    const html = readFileSync(path.join(file(routePath(locale, { page: 'chart', id })), 'index.html'), 'utf8');
    expect(html).toContain(`href="${chartAssetPath(locale, id, 'svg')}"`);
    const source = new RegExp(`<source[^>]*srcset="${chartAssetPath(locale, id, 'phone.webp').replace(/\./g, '\\.')}"[^>]*>`).exec(html)?.[0];
    expect(source, 'a <source> for the phone picture').toBeDefined();
    expect(source).toMatch(/media="\(max-width: \d+px\)"/);
    const webp = readFileSync(file(chartAssetPath(locale, id, 'phone.webp')));
    const { width, height } = webpSize(webp);
    const attr = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(source!)?.[1]);
    expect(width / attr('width')).toBeCloseTo(LAYOUTS.phone.scale, 5);
    expect(height / attr('height')).toBeCloseTo(LAYOUTS.phone.scale, 5);
  });
});
