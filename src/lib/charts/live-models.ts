/**
 * The live chart data and every registered chart's spec, read from the files on disk without Astro: for
 * freezing an edition and for the test that the current edition's snapshot still matches the live data.
 */
import { readFileSync } from 'node:fs';
import { readDataFiles } from '../../data/read.ts';
import { assertValidDataset } from '../../data/validate.ts';
import { buildDataset } from '../dataset.ts';
import { chartDataSource } from './data-source.ts';
import type { ChartDataSource } from './model.ts';
import { chartSpecSchema, type ChartSpec } from './spec.ts';

export function liveCharts(root = process.cwd()): { data: ChartDataSource; specs: ChartSpec[] } {
  const data = chartDataSource(buildDataset(assertValidDataset(readDataFiles(root))));
  const specs = (JSON.parse(readFileSync(`${root}/content/data/charts.json`, 'utf8')) as unknown[]).map((s) => chartSpecSchema.parse(s));
  return { data, specs };
}
