/** A small in-memory ChartDataSource for chart unit tests. */
import type { ChartDataSource, DataPoint } from '../../src/lib/charts/model.ts';

export function fakeChartData(points: Record<string, DataPoint>, opts: { changes?: Record<string, number> } = {}): ChartDataSource {
  const names: Record<string, string> = { 'ha-nam': 'Hà Nam', 'nam-dinh': 'Nam Định', 'ninh-binh': 'Ninh Bình', 'ha-noi': 'Hà Nội' };
  return {
    point: (index, year, province, measure) => points[`${index}/${year}/${province}/${measure}`],
    provincesWith: (index, year, measure) =>
      Object.keys(points)
        .filter((k) => k.startsWith(`${index}/${year}/`) && k.endsWith(`/${measure}`) && points[k]?.value !== undefined)
        .map((k) => k.split('/')[2]!),
    provinceName: (slug) => names[slug] ?? slug,
    measureName: (_i, m, locale) => (m === 'total' ? (locale === 'vi' ? 'Tổng điểm' : 'Total score') : `D${m}`),
    indexName: (i) => (i === 'papi' ? 'PAPI' : i.toUpperCase()),
    // Measures "q…" are scored 0,33–3,33, "k…" 0–6, and "u…" have an unknown maximum, like PAPI sub-dimensions and PAR INDEX domains.
    scale: (index, year, measure) =>
      measure.startsWith('q') ? { min: 0.33, max: 3.33, unit: 'points' } : measure.startsWith('k') ? { min: 0, max: 6, unit: 'points' } :
      measure.startsWith('u') ? { min: 0, max: 100, unit: 'points', known: false } :
      index === 'papi' ? (measure === 'total' ? { min: year < 2018 ? 6 : 8, max: year < 2018 ? 60 : 80, unit: 'points' } : { min: 1, max: 10, unit: 'points' }) : { min: 0, max: 100, unit: 'percent' },
    period: (index, year) => (index === 'papi' ? (year < 2018 ? { from: 2011, to: 2017 } : { from: 2018, to: 2024 }) : { from: 2012, to: 2030 }),
    rankChange: (index, province, measure, year, prev) => opts.changes?.[`${index}/${year}/${prev}/${province}/${measure}`] ?? null,
    sourceLabel: (id) => `Nguồn ${id}`,
  };
}
