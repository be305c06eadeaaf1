/**
 * Every registered chart's model, built from the files on disk without Astro: for freezing an edition
 * and for the test that the current edition's snapshot still matches the live data.
 */
import { readFileSync } from 'node:fs';
import { readDataFiles } from '../../data/read.ts';
import { assertValidDataset } from '../../data/validate.ts';
import { buildDataset } from '../dataset.ts';
import { chartDataSource } from './data-source.ts';
import { buildChartModel, type ChartModel } from './model.ts';
import { chartSpecSchema } from './spec.ts';

export function liveModels(root = process.cwd()): Record<string, ChartModel> {
  const ds = chartDataSource(buildDataset(assertValidDataset(readDataFiles(root))));
  const specs = (JSON.parse(readFileSync(`${root}/content/data/charts.json`, 'utf8')) as unknown[]).map((s) => chartSpecSchema.parse(s));
  const out: Record<string, ChartModel> = {};
  for (const spec of specs) for (const locale of ['vi', 'en'] as const) out[`${locale}/${spec.id}`] = buildChartModel(ds, spec, locale);
  return out;
}
