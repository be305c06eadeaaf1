/** CSV for journalists: UTF-8 with a BOM (so Excel shows Vietnamese), plain numbers, rank and rank_of apart. */
import type { ChartRecord } from './model.ts';

export const CSV_COLUMNS = [
  'chart', 'index', 'year', 'province', 'province_name', 'measure', 'measure_name', 'series', 'value', 'rank', 'rank_of', 'rank_kind', 'source',
] as const satisfies readonly (keyof ChartRecord)[];

function cell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(records: ChartRecord[]): string {
  const lines = [CSV_COLUMNS.join(','), ...records.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
