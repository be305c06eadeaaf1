/**
 * The live chart data and every registered chart's spec, from the one Dataset (no Astro): for freezing an
 * edition and for the test that the current edition's snapshot still matches the live data.
 */
import { loadDataset } from '../dataset.ts';
import { chartDataSource } from './data-source.ts';
import type { ChartDataSource } from './model.ts';
import type { ChartSpec } from './spec.ts';

export function liveCharts(): { data: ChartDataSource; specs: ChartSpec[] } {
  const dataset = loadDataset();
  return { data: chartDataSource(dataset), specs: [...dataset.charts.values()] };
}
