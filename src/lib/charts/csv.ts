/** A chart's CSV for journalists: plain numbers, rank and rank_of apart. */
import { csvText } from '../csv.ts';
import type { ChartRecord } from './model.ts';

export const CSV_COLUMNS = [
  'chart', 'index', 'year', 'province', 'province_name', 'measure', 'measure_name', 'series', 'value', 'rank', 'rank_of', 'rank_kind', 'source', 'rank_source', 'marks',
] as const satisfies readonly (keyof ChartRecord)[];

export function toCsv(records: ChartRecord[]): string {
  return csvText(CSV_COLUMNS, records.map((r) => CSV_COLUMNS.map((c) => r[c])));
}
