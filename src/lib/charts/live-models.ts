/**
 * Every registered chart's model, built from the dataset without Astro: for freezing an edition
 * and for the test that the current edition's snapshot still matches the live data.
 */
import { loadDataset } from '../dataset.ts';
import { chartDataSource } from './data-source.ts';
import { buildChartModel, type ChartModel } from './model.ts';

export function liveModels(): Record<string, ChartModel> {
  const dataset = loadDataset();
  const ds = chartDataSource(dataset);
  const out: Record<string, ChartModel> = {};
  for (const spec of dataset.charts.values()) for (const locale of ['vi', 'en'] as const) out[`${locale}/${spec.id}`] = buildChartModel(ds, spec, locale);
  return out;
}
